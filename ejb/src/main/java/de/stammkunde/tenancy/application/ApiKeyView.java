package de.stammkunde.tenancy.application;

import de.stammkunde.tenancy.domain.ApiKey;

import java.time.Instant;

/** An API key as its owner sees it in lists: never the secret, only its first characters. */
public record ApiKeyView(long id, String name, String prefix, String createdBy, Instant createdAt,
                         Instant revokedAt, String revokedBy, Instant lastUsedAt) {

    static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(key.id(), key.name(), key.keyPrefix(), key.createdBy(), key.createdAt(),
                key.revokedAt(), key.revokedBy(), key.lastUsedAt());
    }
}
