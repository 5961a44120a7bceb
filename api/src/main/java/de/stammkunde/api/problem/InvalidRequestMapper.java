package de.stammkunde.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** Bad fields: 400 with every field named. */
@Provider
public class InvalidRequestMapper extends ProblemMapper<InvalidRequest> {

    @Override
    public Response toResponse(InvalidRequest exception) {
        ProblemCode kind = ProblemCode.VALIDATION_FAILED;
        return respond(problem(kind, kind.slug(), null, exception.errors()));
    }
}
