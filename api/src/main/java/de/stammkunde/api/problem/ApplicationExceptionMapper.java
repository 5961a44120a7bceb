package de.stammkunde.api.problem;

import de.stammkunde.billing.domain.Overpayment;
import de.stammkunde.client.application.ClientService;
import de.stammkunde.client.application.StaleClient;
import de.stammkunde.shared.error.ApplicationException;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.Forbidden;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.shared.error.TooManyRequests;
import de.stammkunde.shared.error.Unavailable;
import de.stammkunde.shared.idempotency.ExternalIdConflict;
import de.stammkunde.shared.idempotency.KeyReused;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The application's own exceptions as problems, each with its stable code. */
@Provider
public class ApplicationExceptionMapper extends ProblemMapper<ApplicationException> {

    private static final Logger LOG = Logger.getLogger(ApplicationExceptionMapper.class.getName());

    @Override
    public Response toResponse(ApplicationException exception) {
        ProblemCode kind = kind(exception);
        List<Problem.FieldError> errors = List.of();
        if (exception instanceof Invalid invalid) {
            errors = invalid.violations().stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList();
        } else if (exception instanceof StaleClient stale) {
            errors = List.of(new Problem.FieldError("If-Match", "version " + stale.currentVersion() + ", changed by "
                    + stale.changedBy() + " at " + stale.changedAt()));
        } else if (exception instanceof ClientService.DuplicateClient duplicate) {
            errors = List.of(new Problem.FieldError(duplicate.field(),
                    "client " + duplicate.existingId() + " (" + duplicate.existingName() + ")"));
        } else if (exception instanceof Overpayment overpaid) {
            errors = List.of(new Problem.FieldError("amountCents", "at most " + overpaid.openCents() + " cents are open"));
        } else if (exception instanceof Conflict conflict) {
            errors = conflict.facts().stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList();
        }
        Problem problem = problem(kind, exception.code(), null, errors);
        if (kind.status() >= 500) {
            LOG.log(Level.WARNING, "Error " + problem.errorId() + ": " + exception.getMessage(), exception);
        }
        if (exception instanceof TooManyRequests limited) {
            return Response.fromResponse(respond(problem))
                    .header("Retry-After", Math.max(1, limited.retryAfter().toSeconds() + 1)).build();
        }
        return respond(problem);
    }

    private static ProblemCode kind(ApplicationException exception) {
        if (exception instanceof Invalid) {
            return ProblemCode.VALIDATION_FAILED;
        }
        if (exception instanceof Forbidden) {
            return ProblemCode.FORBIDDEN;
        }
        if (exception instanceof NotFound) {
            return ProblemCode.NOT_FOUND;
        }
        if (exception instanceof StaleClient) {
            return ProblemCode.PRECONDITION_FAILED;
        }
        if (exception instanceof KeyReused || exception instanceof ExternalIdConflict) {
            return ProblemCode.UNPROCESSABLE_CONTENT;
        }
        if (exception instanceof Conflict) {
            return ProblemCode.CONFLICT;
        }
        if (exception instanceof TooManyRequests) {
            return ProblemCode.TOO_MANY_REQUESTS;
        }
        if (exception instanceof Unavailable) {
            return ProblemCode.SERVICE_UNAVAILABLE;
        }
        return ProblemCode.BAD_REQUEST;
    }
}
