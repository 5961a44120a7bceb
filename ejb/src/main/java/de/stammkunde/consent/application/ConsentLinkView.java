package de.stammkunde.consent.application;

import java.time.Instant;

/** A consent form link for one client, to be sent by email or SMS. */
public record ConsentLinkView(String url, String channel, Instant expiresAt) {
}
