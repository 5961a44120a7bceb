package de.stammkunde.tenancy.application;

/** A key just created, with its secret: the only time anyone sees the secret. */
public record NewApiKey(ApiKeyView key, String secret) {
}
