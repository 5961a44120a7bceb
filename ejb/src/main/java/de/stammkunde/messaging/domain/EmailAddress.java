package de.stammkunde.messaging.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address as users type it: trimmed, with a lower-cased domain. Deliberately
 * stricter than RFC 5322 (no quoted local parts, no IP literals): such addresses do not
 * occur among the clients of a studio and are far more often typing errors.
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    public EmailAddress {
        if (value == null) {
            throw new InvalidEmailAddress("null");
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()
                || value.startsWith(".") || value.contains("..") || value.contains(".@")) {
            throw new InvalidEmailAddress(value);
        }
        int at = value.lastIndexOf('@');
        value = value.substring(0, at) + value.substring(at).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Thrown for text that is not an email address. */
    public static final class InvalidEmailAddress extends IllegalArgumentException {
        public InvalidEmailAddress(String value) {
            super("Not a valid email address: " + value);
        }
    }
}
