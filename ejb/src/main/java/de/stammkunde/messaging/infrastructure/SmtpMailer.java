package de.stammkunde.messaging.infrastructure;

import de.stammkunde.messaging.domain.MailMessage;
import de.stammkunde.shared.config.Setting;
import de.stammkunde.shared.config.Settings;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/** Hands mail to the SMTP server configured in WildFly's mail subsystem. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SmtpMailer {

    @Resource(lookup = "java:jboss/mail/Default")
    Session session;

    @Inject
    Settings settings;

    public void send(MailMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(settings.get(Setting.MAIL_FROM)));
        mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(message.to().value()));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setText(message.text(), StandardCharsets.UTF_8.name());
        mime.setSentDate(Date.from(Instant.now()));
        Transport.send(mime);
    }
}
