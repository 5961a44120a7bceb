package de.stammkunde.messaging.application;

import de.stammkunde.messaging.domain.EmailAddress;
import de.stammkunde.messaging.domain.MailMessage;
import de.stammkunde.messaging.infrastructure.SmtpMailer;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

import java.util.logging.Logger;

/**
 * Lets an operator prove that the platform's outgoing mail works: sends one test email and
 * reports whether the SMTP server accepted it.
 */
@Stateless
public class MailCheck {

    private static final Logger LOG = Logger.getLogger(MailCheck.class.getName());

    @Inject
    SmtpMailer mailer;

    public void sendTestMail(EmailAddress recipient, String requestedBy) throws MailNotAccepted {
        MailMessage message = new MailMessage(recipient,
                "Stammkunde: Test-E-Mail / test email",
                """
                Diese Test-E-Mail bestätigt, dass Stammkunde E-Mails versenden kann.
                Angefordert von: %1$s

                This test email confirms that Stammkunde can send email.
                Requested by: %1$s
                """.formatted(requestedBy));
        try {
            mailer.send(message);
            LOG.info(() -> "Test email sent to " + recipient + " on behalf of " + requestedBy);
        } catch (MessagingException e) {
            throw new MailNotAccepted(e);
        }
    }

    /** The SMTP server could not be reached or refused the message. */
    public static class MailNotAccepted extends Exception {
        public MailNotAccepted(Throwable cause) {
            super("The mail server did not accept the message: " + cause.getMessage(), cause);
        }
    }
}
