package de.stammkunde.api.problem;

import de.stammkunde.shared.i18n.Languages;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;

/** Problems answered below JAX-RS, by a servlet or filter: the caller's language, and the body written. */
public final class ServletProblems {

    private static final Jsonb JSON = JsonbBuilder.create();

    private ServletProblems() {
    }

    /** German unless the request asks for English; without Accept-Language the container would guess. */
    public static Locale locale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null
                ? Languages.GERMAN : Languages.preferred(Collections.list(request.getLocales()));
    }

    /** Writes the problem with the given HTTP status (the container's own, which may be more specific). */
    public static void write(HttpServletResponse response, int status, Problem problem) throws IOException {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.toJson(problem));
    }
}
