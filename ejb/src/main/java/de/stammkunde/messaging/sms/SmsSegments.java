package de.stammkunde.messaging.sms;

import java.util.function.IntUnaryOperator;

/**
 * How many SMS segments a text takes, which is what a tenant pays for. A text of only GSM 03.38
 * characters is sent in the GSM 7-bit alphabet: 160 characters in one SMS, 153 per part when it
 * has to be split, and the characters of the extension table (€, [, ], {, }, \, ^, ~, |, form feed)
 * take two. Any other character (ł, emoji, …) makes the whole text UCS-2: 70 UTF-16 units in one
 * SMS, 67 per part, an emoji taking two. Parts never split an escaped character or a surrogate
 * pair, as phones could not join them again. The empty text is 0 segments: there is nothing to send.
 */
public final class SmsSegments {

    private static final String GSM7_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM7_EXTENSION = "^{}\\[~]|€\f";

    static final int GSM7_SINGLE = 160;
    static final int GSM7_PART = 153;
    static final int UCS2_SINGLE = 70;
    static final int UCS2_PART = 67;

    private SmsSegments() {
    }

    public static int count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int[] codePoints = text.codePoints().toArray();
        if (isGsm7(codePoints)) {
            return parts(codePoints, SmsSegments::gsm7Width, GSM7_SINGLE, GSM7_PART);
        }
        return parts(codePoints, Character::charCount, UCS2_SINGLE, UCS2_PART);
    }

    private static boolean isGsm7(int[] codePoints) {
        for (int codePoint : codePoints) {
            if (codePoint > Character.MAX_VALUE || gsm7Width(codePoint) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Septets the character takes in GSM 7-bit; 0 when it has none. */
    private static int gsm7Width(int codePoint) {
        if (GSM7_BASIC.indexOf(codePoint) >= 0) {
            return 1;
        }
        return GSM7_EXTENSION.indexOf(codePoint) >= 0 ? 2 : 0;
    }

    private static int parts(int[] codePoints, IntUnaryOperator width, int single, int part) {
        int total = 0;
        for (int codePoint : codePoints) {
            total += width.applyAsInt(codePoint);
        }
        if (total <= single) {
            return 1;
        }
        int parts = 1;
        int used = 0;
        for (int codePoint : codePoints) {
            int needed = width.applyAsInt(codePoint);
            if (used + needed > part) {
                parts++;
                used = 0;
            }
            used += needed;
        }
        return parts;
    }
}
