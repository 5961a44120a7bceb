package de.stammkunde.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything nobody expected: the caller gets a 500 that reveals nothing but an error id;
 * the log gets the same id with the stack trace.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        Response response = ProblemResponses.of(ProblemCode.INTERNAL_ERROR, headers, uriInfo);
        Problem problem = (Problem) response.getEntity();
        LOG.log(Level.SEVERE, "Unexpected error " + problem.errorId() + " at " + problem.instance(), exception);
        return response;
    }
}
