package de.stammkunde.api.operator;

import de.stammkunde.api.problem.ApiLocales;
import de.stammkunde.api.problem.Problem;
import de.stammkunde.api.problem.ProblemCode;
import de.stammkunde.api.problem.Problems;
import de.stammkunde.messaging.application.MailCheck;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/** The mail server refused or was unreachable: 502, with the details in the log only. */
@Provider
public class MailNotAcceptedMapper implements ExceptionMapper<MailCheck.MailNotAccepted> {

    private static final Logger LOG = Logger.getLogger(MailNotAcceptedMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(MailCheck.MailNotAccepted exception) {
        Problem problem = Problems.of(ProblemCode.MAIL_NOT_ACCEPTED,
                ApiLocales.preferred(headers.getAcceptableLanguages()), uriInfo.getRequestUri().getRawPath());
        LOG.log(Level.WARNING, "Mail check failed, error " + problem.errorId(), exception);
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
