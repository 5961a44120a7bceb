package de.stammkunde.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (404, 405, 406, 415, 403 from role checks, ...) as problem details. */
@Provider
public class WebApplicationExceptionMapper extends ProblemMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.ResponseBuilder builder = Response.fromResponse(respond(ProblemCode.forStatus(original.getStatus())));
        copyHeader(original, builder, "Allow");
        copyHeader(original, builder, "WWW-Authenticate");
        return builder.build();
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String name) {
        String value = from.getHeaderString(name);
        if (value != null) {
            to.header(name, value);
        }
    }
}
