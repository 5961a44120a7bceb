package de.stammkunde.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything nobody expected: the caller gets a 500 that reveals nothing but an error id;
 * the log gets the same id with the stack trace.
 */
@Provider
public class UnexpectedErrorMapper extends ProblemMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        ProblemCode kind = ProblemCode.INTERNAL_ERROR;
        Problem problem = problem(kind, kind.slug(), null, List.of());
        LOG.log(Level.SEVERE, "Unexpected error " + problem.errorId() + " at " + problem.instance(), exception);
        return respond(problem);
    }
}
