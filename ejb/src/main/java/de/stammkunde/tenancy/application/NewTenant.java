package de.stammkunde.tenancy.application;

import de.stammkunde.messaging.domain.EmailAddress;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.tenancy.domain.TenantSlug;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A checked request to create a tenant; {@link #of} names every bad field at once. */
public record NewTenant(TenantSlug slug, String name, Locale locale, ZoneId timeZone, EmailAddress ownerEmail) {

    public static final Set<String> LANGUAGES = Set.of("de", "en");
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/Berlin");
    private static final int MAX_NAME = 100;

    public static NewTenant of(String slug, String name, String locale, String timeZone, String ownerEmail) {
        List<Invalid.Violation> violations = new ArrayList<>();
        TenantSlug checkedSlug = null;
        if (slug == null || !TenantSlug.isValid(slug)) {
            violations.add(new Invalid.Violation("slug",
                    "3-40 lower-case letters, digits and single hyphens, starting with a letter"));
        } else {
            checkedSlug = new TenantSlug(slug);
        }
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            violations.add(new Invalid.Violation("name", "required, at most " + MAX_NAME + " characters"));
        }
        String language = locale == null || locale.isBlank() ? "de" : locale.strip();
        if (!LANGUAGES.contains(language)) {
            violations.add(new Invalid.Violation("locale", "one of " + LANGUAGES));
        }
        ZoneId zone = DEFAULT_TIME_ZONE;
        if (timeZone != null && !timeZone.isBlank()) {
            try {
                zone = ZoneId.of(timeZone.strip());
            } catch (DateTimeException e) {
                violations.add(new Invalid.Violation("timeZone", "an IANA time zone such as Europe/Berlin"));
            }
        }
        EmailAddress email = null;
        try {
            email = new EmailAddress(ownerEmail);
        } catch (EmailAddress.InvalidEmailAddress e) {
            violations.add(new Invalid.Violation("ownerEmail", "a valid email address"));
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return new NewTenant(checkedSlug, name.strip(), Locale.forLanguageTag(language), zone, email);
    }
}
