package de.stammkunde.api.problem;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code code} is the stable machine-readable name of the
 * problem, {@code errorId} ties a 5xx answer to the server log, {@code errors} names every
 * bad field of a request.
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      String code, String errorId, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    /** One bad field of a request: where it is and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
