package de.stammkunde.api.problem;

import de.stammkunde.client.application.ClientService;
import de.stammkunde.shared.error.ApplicationException;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.shared.error.Unavailable;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The application's own exceptions as problems, each with its stable code. */
@Provider
public class ApplicationExceptionMapper implements ExceptionMapper<ApplicationException> {

    private static final Logger LOG = Logger.getLogger(ApplicationExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ApplicationException exception) {
        ProblemCode kind = kind(exception);
        List<Problem.FieldError> errors = List.of();
        if (exception instanceof Invalid invalid) {
            errors = invalid.violations().stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList();
        } else if (exception instanceof ClientService.DuplicateClient duplicate) {
            errors = List.of(new Problem.FieldError(duplicate.field(),
                    "client " + duplicate.existingId() + " (" + duplicate.existingName() + ")"));
        }
        Problem problem = Problems.of(kind, exception.code(), ApiLocales.preferred(headers.getAcceptableLanguages()),
                uriInfo.getRequestUri().getRawPath(), null, errors);
        if (kind.status() >= 500) {
            LOG.log(Level.WARNING, "Error " + problem.errorId() + ": " + exception.getMessage(), exception);
        }
        return Response.status(kind.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static ProblemCode kind(ApplicationException exception) {
        if (exception instanceof Invalid) {
            return ProblemCode.VALIDATION_FAILED;
        }
        if (exception instanceof NotFound) {
            return ProblemCode.NOT_FOUND;
        }
        if (exception instanceof Conflict) {
            return ProblemCode.CONFLICT;
        }
        if (exception instanceof Unavailable) {
            return ProblemCode.SERVICE_UNAVAILABLE;
        }
        return ProblemCode.BAD_REQUEST;
    }
}
