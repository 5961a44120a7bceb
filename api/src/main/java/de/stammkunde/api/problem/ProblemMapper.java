package de.stammkunde.api.problem;

import de.stammkunde.shared.i18n.Languages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

import java.util.List;

/** Base of every exception mapper: answers with a problem in the caller's language. */
public abstract class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    protected Problem problem(ProblemCode kind, String code, String detail, List<Problem.FieldError> errors) {
        return Problems.of(kind, code, Languages.preferred(headers.getAcceptableLanguages()),
                uriInfo == null ? null : uriInfo.getRequestUri().getRawPath(), detail, errors);
    }

    protected Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    protected Response respond(ProblemCode kind) {
        return respond(problem(kind, kind.slug(), null, List.of()));
    }
}
