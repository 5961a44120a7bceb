package de.stammkunde.api.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/** Turns a problem into a JAX-RS response in the caller's language. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static Response of(ProblemCode code, HttpHeaders headers, UriInfo uriInfo) {
        return of(code, headers, uriInfo, null, List.of());
    }

    static Response of(ProblemCode code, HttpHeaders headers, UriInfo uriInfo, String detail,
                       List<Problem.FieldError> errors) {
        Problem problem = Problems.of(code, ApiLocales.preferred(headers.getAcceptableLanguages()),
                instance(uriInfo), detail, errors);
        return Response.status(code.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String instance(UriInfo uriInfo) {
        return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    }
}
