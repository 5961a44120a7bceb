package de.stammkunde.api.problem;

import java.util.Arrays;

/** The stable kinds of problem the API answers with; each has German and English texts. */
public enum ProblemCode {

    BAD_REQUEST(400),
    VALIDATION_FAILED(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    CONFLICT(409),
    PRECONDITION_FAILED(412),
    UNSUPPORTED_MEDIA_TYPE(415),
    UNPROCESSABLE_CONTENT(422),
    PRECONDITION_REQUIRED(428),
    TOO_MANY_REQUESTS(429),
    INTERNAL_ERROR(500),
    MAIL_NOT_ACCEPTED(502),
    SERVICE_UNAVAILABLE(503);

    static final String TYPE_BASE = "https://stammkunde.de/problems/";

    private final int status;

    ProblemCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public String type() {
        return TYPE_BASE + slug();
    }

    /** The generic problem for an HTTP status that no more specific code describes. */
    public static ProblemCode forStatus(int status) {
        return Arrays.stream(values())
                .filter(code -> code.status == status)
                .findFirst()
                .orElse(status >= 500 ? INTERNAL_ERROR : BAD_REQUEST);
    }
}
