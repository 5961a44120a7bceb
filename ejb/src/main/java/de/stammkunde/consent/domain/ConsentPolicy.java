package de.stammkunde.consent.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

/**
 * The one rule every message and publication goes through: may the business contact this client
 * for this purpose on this channel? Pure: it decides from the client's facts and consent states.
 */
public final class ConsentPolicy {

    public static final int ADULT_AGE = 18;

    /** Why contact is allowed or not; {@code allowed} only for {@link #ALLOWED}. */
    public enum Reason {
        ALLOWED, UNKNOWN_CHANNEL, PROCESSING_RESTRICTED, NO_DATA_PROCESSING_CONSENT, NOT_GIVEN, WITHDRAWN,
        UNCONFIRMED, MINOR_WITHOUT_GUARDIAN, NO_ADDRESS,
        /** The business has switched the purpose off (image publication). */
        PURPOSE_OFF;

        public boolean allowed() {
            return this == ALLOWED;
        }
    }

    /** What the rule needs to know of a client. */
    public record ClientFacts(LocalDate birthday, boolean processingRestricted, boolean hasEmail, boolean hasPhone) {
    }

    /** One purpose and channel's current state, and whether a guardian answered for a minor. */
    public record Answer(ConsentState state, boolean byGuardian) {
    }

    private ConsentPolicy() {
    }

    /**
     * The decision for one purpose and channel. {@code answers} holds the client's current
     * answers by purpose and channel; a missing answer counts as {@link ConsentState#UNKNOWN}.
     */
    public static Reason mayContact(ClientFacts client, ConsentPurpose purpose, ConsentChannel channel,
                                    Map<ConsentPurpose, Map<ConsentChannel, Answer>> answers, LocalDate today) {
        if (!purpose.knows(channel)) {
            return Reason.UNKNOWN_CHANNEL;
        }
        if (client.processingRestricted()) {
            return Reason.PROCESSING_RESTRICTED;
        }
        if (channel == ConsentChannel.EMAIL && !client.hasEmail() || channel == ConsentChannel.SMS && !client.hasPhone()) {
            return Reason.NO_ADDRESS;
        }
        if (purpose != ConsentPurpose.DATA_PROCESSING && purpose != ConsentPurpose.IMAGE_PUBLICATION
                && !state(answers, ConsentPurpose.DATA_PROCESSING, ConsentChannel.ANY).state().allowsContact()) {
            return Reason.NO_DATA_PROCESSING_CONSENT;
        }
        Answer answer = state(answers, purpose, channel);
        switch (answer.state()) {
            case WITHDRAWN -> {
                return Reason.WITHDRAWN;
            }
            case UNCONFIRMED -> {
                return Reason.UNCONFIRMED;
            }
            case GIVEN -> {
                if (purpose == ConsentPurpose.IMAGE_PUBLICATION && isMinor(client.birthday(), today)
                        && !answer.byGuardian()) {
                    return Reason.MINOR_WITHOUT_GUARDIAN;
                }
                return Reason.ALLOWED;
            }
            default -> {
                return Reason.NOT_GIVEN;
            }
        }
    }

    /** Under 18 on {@code today}; a client without birthday is treated as an adult. */
    public static boolean isMinor(LocalDate birthday, LocalDate today) {
        return birthday != null && Period.between(birthday, today).getYears() < ADULT_AGE;
    }

    private static Answer state(Map<ConsentPurpose, Map<ConsentChannel, Answer>> answers, ConsentPurpose purpose,
                                ConsentChannel channel) {
        return answers.getOrDefault(purpose, Map.of()).getOrDefault(channel, new Answer(ConsentState.UNKNOWN, false));
    }
}
