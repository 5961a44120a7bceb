package de.stammkunde.api.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** A body that cannot be read as the expected JSON is the caller's mistake: 400, not 500. */
@Provider
public class UnreadableRequestMapper extends ProblemMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        return respond(ProblemCode.BAD_REQUEST);
    }
}
