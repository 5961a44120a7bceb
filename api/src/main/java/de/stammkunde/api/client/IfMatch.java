package de.stammkunde.api.client;

import de.stammkunde.api.problem.InvalidRequest;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The version a caller read, from an {@code If-Match} header carrying one of our ETags. */
public final class IfMatch {

    private static final Pattern ETAG = Pattern.compile("^(?:W/)?\"(\\d{1,18})\"$");
    private static final int PRECONDITION_REQUIRED = 428;

    private IfMatch() {
    }

    public static long required(String header) {
        if (header == null || header.isBlank()) {
            throw new ClientErrorException(Response.status(PRECONDITION_REQUIRED).build());
        }
        return parse(header);
    }

    public static Long optional(String header) {
        return header == null || header.isBlank() ? null : parse(header);
    }

    private static long parse(String header) {
        Matcher matcher = ETAG.matcher(header.strip());
        if (!matcher.matches()) {
            throw InvalidRequest.field("If-Match", "an ETag of this API, e.g. \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }
}
