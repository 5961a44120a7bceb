package de.stammkunde.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Bad fields: 400 with every field named. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequest> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(InvalidRequest exception) {
        return ProblemResponses.of(ProblemCode.VALIDATION_FAILED, headers, uriInfo, null, exception.errors());
    }
}
