package de.stammkunde.web.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.Map;
import java.util.ResourceBundle;

/**
 * Labels of the sent log in the page's language: the colour of a status, and the reason a message
 * was not sent. Reasons the outbox records for consent, addresses and credits have texts of their
 * own; anything else (a mail server's answer) is shown as it was recorded.
 */
@Named
@ApplicationScoped
public class MessageTexts {

    private static final String CONSENT = "no-consent: ";
    private static final String INTERRUPTED = "interrupted while sending";
    private static final Map<String, String> SEVERITIES = Map.of("SENT", "success", "QUEUED", "info",
            "SENDING", "info", "SUPPRESSED", "warning", "FAILED", "danger", "DEAD", "danger");

    /** The p:tag severity of a status. */
    public String severity(String status) {
        return SEVERITIES.getOrDefault(status, "secondary");
    }

    /** Why the message was not sent (or last failed), for staff to read. */
    public String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            return "";
        }
        String key = reason.startsWith(CONSENT) ? reason.substring(CONSENT.length())
                : reason.startsWith(INTERRUPTED) ? "interrupted" : reason;
        return label("messageReason.", key, reason);
    }

    /** What became of one delivery attempt (sent, retry, failed, interrupted, suppressed). */
    public String outcome(String outcome) {
        return label("messageAttempt.", outcome, outcome);
    }

    private static String label(String prefix, String key, String fallback) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        return texts.containsKey(prefix + key) ? texts.getString(prefix + key) : fallback;
    }
}
