package de.stammkunde.messaging.infrastructure;

import de.stammkunde.messaging.application.LeasedMessage;
import de.stammkunde.shared.config.Setting;
import de.stammkunde.shared.config.Settings;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

/**
 * Hands outbox emails to the SMTP server of WildFly's mail session, one connection per batch:
 * plain text and HTML as alternatives, the business's name as sender name, a Message-ID derived
 * from the idempotency key, and {@code List-Unsubscribe} (one-click, RFC 8058) on marketing mail.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxMailer {

    @Resource(lookup = "java:jboss/mail/Default")
    Session session;

    @Inject
    Settings settings;

    /** What happened to one email: accepted, refused for good, or to be tried again. */
    public record Outcome(long id, boolean accepted, boolean permanent, String error) {
    }

    public List<Outcome> send(String tenant, String senderName, List<LeasedMessage> messages) {
        List<Outcome> outcomes = new ArrayList<>();
        Transport transport = null;
        try {
            for (LeasedMessage message : messages) {
                MimeMessage mime;
                try {
                    mime = mime(tenant, senderName, message);
                } catch (MessagingException | UnsupportedEncodingException e) {
                    outcomes.add(new Outcome(message.id(), false, true, "not a valid email: " + e.getMessage()));
                    continue;
                }
                try {
                    if (transport == null || !transport.isConnected()) {
                        transport = session.getTransport("smtp");
                        transport.connect();
                    }
                    transport.sendMessage(mime, mime.getAllRecipients());
                    outcomes.add(new Outcome(message.id(), true, false, null));
                } catch (SendFailedException e) {
                    boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0
                            && (e.getValidSentAddresses() == null || e.getValidSentAddresses().length == 0);
                    outcomes.add(new Outcome(message.id(), false, refused, describe(e)));
                } catch (MessagingException e) {
                    outcomes.add(new Outcome(message.id(), false, false, describe(e)));
                    close(transport);
                    transport = null;
                }
            }
        } finally {
            close(transport);
        }
        return outcomes;
    }

    private MimeMessage mime(String tenant, String senderName, LeasedMessage message)
            throws MessagingException, UnsupportedEncodingException {
        InternetAddress configured = new InternetAddress(settings.get(Setting.MAIL_FROM));
        InternetAddress from = new InternetAddress(configured.getAddress(), senderName, StandardCharsets.UTF_8.name());
        InternetAddress to = new InternetAddress(message.recipient(), true);
        String messageId = "<" + fingerprint(tenant + "/" + message.idempotencyKey()) + "." + message.id() + "@"
                + domain(configured.getAddress()) + ">";
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        mime.setFrom(from);
        mime.setRecipients(Message.RecipientType.TO, new Address[]{to});
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(Date.from(Instant.now()));
        mime.setHeader("X-Stammkunde-Message", tenant + "/" + message.id());
        if (message.unsubscribeLink() != null) {
            mime.setHeader("List-Unsubscribe", "<" + message.unsubscribeLink() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        if (message.html() != null) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(message.html(), StandardCharsets.UTF_8.name(), "html");
            alternatives.addBodyPart(html);
        }
        mime.setContent(alternatives);
        mime.saveChanges();
        return mime;
    }

    private static String describe(MessagingException e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        Throwable cause = e.getCause();
        if (cause != null && cause != e) {
            text.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append(')');
        }
        return text.toString();
    }

    private static String domain(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "stammkunde.local" : address.substring(at + 1);
    }

    private static String fingerprint(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is gone either way
            }
        }
    }
}
