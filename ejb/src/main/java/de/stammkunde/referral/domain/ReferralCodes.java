package de.stammkunde.referral.domain;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The shapes of referral codes. Name-based: the client's name in upper-case ASCII, words joined by
 * {@code -} (Marie Dupont → {@code MARIE-DUPONT}, Jürgen Müller → {@code JUERGEN-MUELLER}, Zoë →
 * {@code ZOE}); a taken code gets {@code -2}, {@code -3}, …. Pseudonymous: {@code K7M-Q2P}, random,
 * without the look-alikes 0/O and 1/I, for clients who should not be recognisable from a
 * forwarded link.
 */
public final class ReferralCodes {

    public static final String PSEUDONYM_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public static final int MAX_LENGTH = 40;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^A-Z0-9]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferralCodes() {
    }

    /** The code a name gives before any suffix; empty when the name has no letters or digits we can write. */
    public static String fromName(String firstName, String lastName) {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName))
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
                .replace("ß", "ss").replace("ẞ", "SS");
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .replace("Ø", "O").replace("ø", "o").replace("Æ", "AE").replace("æ", "ae")
                .replace("Œ", "OE").replace("œ", "oe").replace("Ł", "L").replace("ł", "l")
                .replace("'", "").replace("’", "");
        String code = NOT_WORD.matcher(ascii.toUpperCase(Locale.ROOT)).replaceAll("-");
        code = trimDashes(code);
        if (code.length() > MAX_LENGTH - 4) {
            code = trimDashes(code.substring(0, MAX_LENGTH - 4));
        }
        return code;
    }

    /** The n-th code of a base: the base itself first, then {@code BASE-2}, {@code BASE-3}, …. */
    public static String numbered(String base, int n) {
        return n <= 1 ? base : base + "-" + n;
    }

    /** A random pseudonymous code, e.g. {@code K7M-Q2P}. */
    public static String pseudonym() {
        StringBuilder code = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            if (i == 3) {
                code.append('-');
            }
            code.append(PSEUDONYM_ALPHABET.charAt(RANDOM.nextInt(PSEUDONYM_ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as typed or taken from a link: upper case, blanks and underscores as dashes. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return trimDashes(typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_]+", "-"));
    }

    private static String trimDashes(String code) {
        int start = 0;
        int end = code.length();
        while (start < end && code.charAt(start) == '-') {
            start++;
        }
        while (end > start && code.charAt(end - 1) == '-') {
            end--;
        }
        return code.substring(start, end);
    }
}
