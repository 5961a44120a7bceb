package de.stammkunde.shared.error;

import java.time.Duration;

/** The caller sent more requests of a kind than allowed in a window; it may try again after {@link #retryAfter}. */
public class TooManyRequests extends ApplicationException {

    private final Duration retryAfter;

    public TooManyRequests(String code, String message, Duration retryAfter) {
        super(code, message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
