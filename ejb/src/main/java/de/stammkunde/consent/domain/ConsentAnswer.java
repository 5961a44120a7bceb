package de.stammkunde.consent.domain;

import de.stammkunde.shared.error.Invalid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A client's answer for one purpose and channel, checked: {@link #of} names every bad field.
 * An email marketing consent is recorded as {@link ConsentState#UNCONFIRMED} until the client
 * confirms it by double opt-in.
 */
public record ConsentAnswer(ConsentPurpose purpose, ConsentChannel channel, ConsentState state,
                            ConsentSource source, Integer textVersion, String language, String ip, String userAgent,
                            String guardianName, String guardianRelation) {

    private static final Set<ConsentState> ANSWERS = Set.of(ConsentState.GIVEN, ConsentState.REFUSED,
            ConsentState.WITHDRAWN);
    private static final Set<String> LANGUAGES = Set.of("de", "en");
    private static final int MAX_NAME = 200;
    private static final int MAX_RELATION = 100;
    private static final int MAX_USER_AGENT = 500;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public static ConsentAnswer of(ConsentPurpose purpose, String channel, String state, String source,
                                   Integer textVersion, String language, String ip, String userAgent,
                                   String guardianName, String guardianRelation, LocalDate clientBirthday,
                                   LocalDate today) {
        List<Invalid.Violation> violations = new ArrayList<>();
        ConsentChannel checkedChannel = null;
        if (blank(channel) && purpose.channels().size() == 1) {
            checkedChannel = purpose.channels().get(0);
        } else {
            checkedChannel = value(ConsentChannel.class, channel, "channel", violations);
            if (checkedChannel != null && !purpose.knows(checkedChannel)) {
                violations.add(new Invalid.Violation("channel", "one of " + purpose.channels()));
                checkedChannel = null;
            }
        }
        ConsentState checkedState = value(ConsentState.class, state, "state", violations);
        if (checkedState != null && !ANSWERS.contains(checkedState)) {
            violations.add(new Invalid.Violation("state", "one of " + ANSWERS));
        }
        ConsentSource checkedSource = value(ConsentSource.class, source, "source", violations);
        if ((checkedState == ConsentState.GIVEN || checkedState == ConsentState.REFUSED) && textVersion == null) {
            violations.add(new Invalid.Violation("textVersion", "required: the version of the text the client was shown"));
        }
        String checkedLanguage = blank(language) ? "de" : language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(checkedLanguage)) {
            violations.add(new Invalid.Violation("language", "one of " + LANGUAGES));
        }
        if (checkedSource != null && checkedSource.online() && blank(ip)) {
            violations.add(new Invalid.Violation("ip", "required for answers given online"));
        }
        boolean guardianNeeded = purpose == ConsentPurpose.IMAGE_PUBLICATION && checkedState == ConsentState.GIVEN
                && ConsentPolicy.isMinor(clientBirthday, today);
        if (guardianNeeded && (blank(guardianName) || blank(guardianRelation))) {
            violations.add(new Invalid.Violation(blank(guardianName) ? "guardianName" : "guardianRelation",
                    "required: the client is a minor, a parent or guardian gives this consent"));
        }
        if (!blank(guardianName) && guardianName.strip().length() > MAX_NAME
                || !blank(guardianRelation) && guardianRelation.strip().length() > MAX_RELATION) {
            violations.add(new Invalid.Violation("guardianName", "at most " + MAX_NAME + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        ConsentState effective = purpose == ConsentPurpose.MARKETING && checkedChannel == ConsentChannel.EMAIL
                && checkedState == ConsentState.GIVEN ? ConsentState.UNCONFIRMED : checkedState;
        return new ConsentAnswer(purpose, checkedChannel, effective, checkedSource, textVersion, checkedLanguage,
                blank(ip) ? null : ip.strip(), truncate(userAgent), guardianNeeded || !blank(guardianName)
                        ? guardianName.strip() : null,
                guardianNeeded || !blank(guardianRelation) ? guardianRelation.strip() : null);
    }

    private static <E extends Enum<E>> E value(Class<E> type, String value, String field,
                                               List<Invalid.Violation> violations) {
        if (blank(value)) {
            violations.add(new Invalid.Violation(field, "required, one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            violations.add(new Invalid.Violation(field, "one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static String truncate(String userAgent) {
        if (blank(userAgent)) {
            return null;
        }
        String stripped = userAgent.strip();
        return stripped.length() > MAX_USER_AGENT ? stripped.substring(0, MAX_USER_AGENT) : stripped;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
