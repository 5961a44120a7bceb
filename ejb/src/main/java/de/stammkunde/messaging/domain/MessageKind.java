package de.stammkunde.messaging.domain;

import de.stammkunde.consent.domain.ConsentPurpose;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every kind of message the business sends, with the consent purpose it needs and the
 * placeholders its templates may use. A kind without purpose asks for consent itself (the
 * consent form, the double opt-in confirmation, the re-permission request), so it cannot need it.
 */
public enum MessageKind {
    APPOINTMENT_CONFIRMATION(ConsentPurpose.APPOINTMENT_UPDATES, List.of("appointmentStart", "sessionType")),
    APPOINTMENT_REMINDER(ConsentPurpose.APPOINTMENT_UPDATES, List.of("appointmentStart", "sessionType")),
    APPOINTMENT_CANCELLATION(ConsentPurpose.APPOINTMENT_UPDATES, List.of("appointmentStart", "sessionType")),
    BIRTHDAY(ConsentPurpose.MARKETING, List.of()),
    NEWSLETTER(ConsentPurpose.MARKETING, List.of()),
    REWARD_UNLOCKED(ConsentPurpose.MARKETING, List.of("rewardName", "code", "points", "description")),
    CONSENT_REQUEST(null, List.of("link", "validUntil")),
    MARKETING_CONFIRMATION(null, List.of("link")),
    REPERMISSION(null, List.of("link", "validUntil"));

    /** What every template may use. */
    public static List<String> common() {
        return List.of("firstName", "lastName", "businessName");
    }

    private final ConsentPurpose purpose;
    private final Set<String> placeholders;

    MessageKind(ConsentPurpose purpose, List<String> own) {
        this.purpose = purpose;
        Set<String> all = new LinkedHashSet<>(List.of("firstName", "lastName", "businessName"));
        all.addAll(own);
        this.placeholders = Set.copyOf(all);
    }

    /** The purpose the client must have consented to; empty for messages that ask for consent. */
    public Optional<ConsentPurpose> purpose() {
        return Optional.ofNullable(purpose);
    }

    /** Marketing messages carry an unsubscribe link and need (double opt-in) marketing consent. */
    public boolean marketing() {
        return purpose == ConsentPurpose.MARKETING;
    }

    public Set<String> placeholders() {
        return placeholders;
    }

    /** The name in URLs and JSON: {@code appointment-reminder}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<MessageKind> bySlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug().equals(slug)).findFirst();
    }
}
