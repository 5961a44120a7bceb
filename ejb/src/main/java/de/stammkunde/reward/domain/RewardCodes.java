package de.stammkunde.reward.domain;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Codes of promo codes and gift vouchers: ten random characters from an alphabet without the
 * look-alikes 0/O and 1/I, shown as {@code ABCDE-FGH23} (about 50 bits, not guessable).
 */
public final class RewardCodes {

    public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RewardCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as typed by someone: upper case, without spaces; the dash optional. */
    public static String normalise(String typed) {
        String compact = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
        return compact.length() == LENGTH ? compact.substring(0, LENGTH / 2) + "-" + compact.substring(LENGTH / 2) : compact;
    }
}
