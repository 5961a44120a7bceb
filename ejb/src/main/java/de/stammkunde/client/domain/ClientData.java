package de.stammkunde.client.domain;

import de.stammkunde.messaging.domain.EmailAddress;
import de.stammkunde.shared.error.Invalid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The editable facts of a client, checked: {@link #of} names every bad field at once. Email is
 * normalised, the phone number must be E.164 (+4915112345678), tags are trimmed and unique.
 */
public record ClientData(String firstName, String lastName, String email, String phone, LocalDate birthday,
                         Gender gender, String street, String postalCode, String city, String country,
                         String notes, Set<String> tags, ClientStatus statusOverride, String preferredLanguage) {

    private static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{6,14}$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    private static final Set<String> LANGUAGES = Set.of("de", "en");
    private static final int MAX_NAME = 100;
    private static final int MAX_TAG = 50;
    private static final int MAX_TAGS = 20;
    private static final int MAX_NOTES = 5000;

    public ClientData {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    public static ClientData of(String firstName, String lastName, String email, String phone, LocalDate birthday,
                                String gender, String street, String postalCode, String city, String country,
                                String notes, List<String> tags, String statusOverride, String preferredLanguage,
                                LocalDate today) {
        List<Invalid.Violation> violations = new ArrayList<>();
        String first = name(firstName, "firstName", violations);
        String last = name(lastName, "lastName", violations);
        String normalisedEmail = null;
        if (present(email)) {
            try {
                normalisedEmail = new EmailAddress(email).value();
            } catch (EmailAddress.InvalidEmailAddress e) {
                violations.add(new Invalid.Violation("email", "not a valid email address"));
            }
        }
        String normalisedPhone = null;
        if (present(phone)) {
            normalisedPhone = phone.replaceAll("[\\s()/-]", "");
            if (!E164.matcher(normalisedPhone).matches()) {
                violations.add(new Invalid.Violation("phone", "international format, e.g. +4915112345678"));
            }
        }
        if (birthday != null && (birthday.isAfter(today) || birthday.isBefore(today.minusYears(130)))) {
            violations.add(new Invalid.Violation("birthday", "not a plausible date of birth"));
        }
        Gender checkedGender = enumValue(Gender.class, gender, Gender.UNKNOWN, "gender", violations);
        ClientStatus override = enumValue(ClientStatus.class, statusOverride, null, "statusOverride", violations);
        String checkedCountry = null;
        if (present(country)) {
            checkedCountry = country.strip().toUpperCase(Locale.ROOT);
            if (!COUNTRY.matcher(checkedCountry).matches()) {
                violations.add(new Invalid.Violation("country", "ISO 3166 two-letter code, e.g. DE"));
            }
        }
        String language = present(preferredLanguage) ? preferredLanguage.strip().toLowerCase(Locale.ROOT) : "de";
        if (!LANGUAGES.contains(language)) {
            violations.add(new Invalid.Violation("preferredLanguage", "one of " + LANGUAGES));
        }
        if (notes != null && notes.length() > MAX_NOTES) {
            violations.add(new Invalid.Violation("notes", "at most " + MAX_NOTES + " characters"));
        }
        Set<String> checkedTags = tags(tags, violations);
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return new ClientData(first, last, normalisedEmail, normalisedPhone, birthday, checkedGender,
                trimmed(street), trimmed(postalCode), trimmed(city), checkedCountry, notes, checkedTags, override,
                language);
    }

    private static String name(String value, String field, List<Invalid.Violation> violations) {
        if (!present(value) || value.strip().length() > MAX_NAME) {
            violations.add(new Invalid.Violation(field, "required, at most " + MAX_NAME + " characters"));
            return null;
        }
        return value.strip();
    }

    private static Set<String> tags(List<String> tags, List<Invalid.Violation> violations) {
        Set<String> result = new LinkedHashSet<>();
        if (tags == null) {
            return result;
        }
        for (String tag : tags) {
            if (!present(tag) || tag.strip().length() > MAX_TAG) {
                violations.add(new Invalid.Violation("tags", "each tag 1 to " + MAX_TAG + " characters"));
                return result;
            }
            result.add(tag.strip());
        }
        if (result.size() > MAX_TAGS) {
            violations.add(new Invalid.Violation("tags", "at most " + MAX_TAGS + " tags"));
        }
        return result;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, E fallback, String field,
                                                   List<Invalid.Violation> violations) {
        if (!present(value)) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new Invalid.Violation(field, "one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return fallback;
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String trimmed(String value) {
        return present(value) ? value.strip() : null;
    }
}
