package de.stammkunde.consent.application;

import java.time.Instant;
import java.util.List;

/** What the public consent form shows one client: each purpose's current text and their current answers. */
public record ConsentFormView(long clientId, String firstName, String language, Instant expiresAt,
                              List<Purpose> purposes) {

    /** One purpose: its text as the client reads it, and the channels to answer for. */
    public record Purpose(String purpose, int textVersion, String text, List<Channel> channels) {
    }

    /** One channel of a purpose and the client's current state for it. */
    public record Channel(String channel, String state) {
    }
}
