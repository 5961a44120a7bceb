package de.stammkunde.consent.domain;

import java.util.List;

/** The fixed catalogue of purposes a business asks consent for, each with the channels it knows. */
public enum ConsentPurpose {
    /** Appointment confirmations, reminders, cancellation notices and review requests. */
    DATA_PROCESSING(List.of(ConsentChannel.ANY)),
    APPOINTMENT_UPDATES(List.of(ConsentChannel.EMAIL, ConsentChannel.SMS)),
    /** Newsletters, birthday greetings, reward and program announcements; email needs double opt-in. */
    MARKETING(List.of(ConsentChannel.EMAIL, ConsentChannel.SMS)),
    PERSONALISED_SUGGESTIONS(List.of(ConsentChannel.ANY)),
    /** Publishing a client's pictures, per scope; minors need their guardian's consent. */
    IMAGE_PUBLICATION(List.of(ConsentChannel.PORTFOLIO, ConsentChannel.WEBSITE, ConsentChannel.SOCIAL_MEDIA));

    private final List<ConsentChannel> channels;

    ConsentPurpose(List<ConsentChannel> channels) {
        this.channels = channels;
    }

    public List<ConsentChannel> channels() {
        return channels;
    }

    public boolean knows(ConsentChannel channel) {
        return channels.contains(channel);
    }

    /** The purpose's name in URLs and JSON: {@code data-processing}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public static java.util.Optional<ConsentPurpose> bySlug(String slug) {
        return java.util.Arrays.stream(values()).filter(purpose -> purpose.slug().equals(slug)).findFirst();
    }
}
