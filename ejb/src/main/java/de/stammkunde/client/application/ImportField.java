package de.stammkunde.client.application;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A client field a CSV column can feed, with the header names that feed it without being told. */
public enum ImportField {
    FIRST_NAME("firstName", true, "vorname", "first name", "firstname", "given name"),
    LAST_NAME("lastName", true, "nachname", "last name", "lastname", "surname", "familienname", "name"),
    EMAIL("email", false, "e-mail", "email", "mail", "e-mail-adresse", "email address"),
    PHONE("phone", false, "telefon", "phone", "handy", "mobil", "mobile", "telefonnummer", "phone number"),
    BIRTHDAY("birthday", false, "geburtstag", "birthday", "geburtsdatum", "date of birth"),
    GENDER("gender", false, "geschlecht", "gender"),
    STREET("street", false, "straße", "strasse", "street", "adresse", "address"),
    POSTAL_CODE("postalCode", false, "plz", "postleitzahl", "postal code", "postalcode", "zip"),
    CITY("city", false, "ort", "stadt", "city", "wohnort"),
    COUNTRY("country", false, "land", "country"),
    TAGS("tags", false, "schlagwörter", "schlagworte", "tags", "tag"),
    NOTES("notes", false, "notizen", "notiz", "notes", "bemerkung", "anmerkungen"),
    PREFERRED_LANGUAGE("preferredLanguage", false, "sprache", "language", "preferred language",
            "preferredlanguage");

    private final String key;
    private final boolean required;
    private final List<String> headerNames;

    ImportField(String key, boolean required, String... headerNames) {
        this.key = key;
        this.required = required;
        this.headerNames = List.of(headerNames);
    }

    /** The field's name as the API and validation messages use it. */
    public String key() {
        return key;
    }

    public boolean required() {
        return required;
    }

    /** Whether a column with this header feeds the field when nobody says otherwise. */
    boolean recognises(String header) {
        String normalised = normalise(header);
        return normalise(key).equals(normalised) || headerNames.stream().map(ImportField::normalise)
                .anyMatch(normalised::equals);
    }

    public static Optional<ImportField> byKey(String key) {
        return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
    }

    private static String normalise(String header) {
        return Normalizer.normalize(header, Normalizer.Form.NFC).strip().toLowerCase(Locale.GERMAN)
                .replace('_', ' ');
    }
}
