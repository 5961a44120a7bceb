package de.stammkunde.api.operator;

import de.stammkunde.api.problem.Problem;
import de.stammkunde.api.problem.ProblemCode;
import de.stammkunde.api.problem.ProblemMapper;
import de.stammkunde.messaging.application.MailCheck;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The mail server refused or was unreachable: 502, with the details in the log only. */
@Provider
public class MailNotAcceptedMapper extends ProblemMapper<MailCheck.MailNotAccepted> {

    private static final Logger LOG = Logger.getLogger(MailNotAcceptedMapper.class.getName());

    @Override
    public Response toResponse(MailCheck.MailNotAccepted exception) {
        ProblemCode kind = ProblemCode.MAIL_NOT_ACCEPTED;
        Problem problem = problem(kind, kind.slug(), null, List.of());
        LOG.log(Level.WARNING, "Mail check failed, error " + problem.errorId(), exception);
        return respond(problem);
    }
}
