package de.stammkunde.it;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An email GreenMail received, parsed: subject, sender, headers, plain-text and HTML parts. */
public record Mail(String subject, String fromName, String fromAddress, String text, String html,
                   MimeMessage mime) {

    public static Mail of(Map<String, Object> greenMailMessage) {
        try {
            MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(String.valueOf(greenMailMessage.get("mimeMessage"))
                            .getBytes(StandardCharsets.UTF_8)));
            String text = null;
            String html = null;
            Object content = mime.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        text = String.valueOf(part.getContent());
                    } else if (part.isMimeType("text/html")) {
                        html = String.valueOf(part.getContent());
                    }
                }
            } else {
                text = String.valueOf(content);
            }
            InternetAddress from = (InternetAddress) mime.getFrom()[0];
            return new Mail(mime.getSubject(), from.getPersonal(), from.getAddress(), text, html, mime);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("not a readable email", e);
        }
    }

    public String header(String name) {
        try {
            return mime.getHeader(name, ",");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first link in the plain-text part that starts with the prefix. */
    public String link(String prefix) {
        Matcher matcher = Pattern.compile(Pattern.quote(prefix) + "[^\\s<>\"]+").matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no link starting with " + prefix + " in:\n" + text);
        }
        return matcher.group();
    }
}
