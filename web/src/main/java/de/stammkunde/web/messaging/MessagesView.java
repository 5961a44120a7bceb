package de.stammkunde.web.messaging;

import de.stammkunde.messaging.application.MessageDetail;
import de.stammkunde.messaging.application.MessageLog;
import de.stammkunde.messaging.application.MessageQuery;
import de.stammkunde.messaging.application.MessageView;
import de.stammkunde.messaging.domain.MessageChannel;
import de.stammkunde.messaging.domain.MessageKind;
import de.stammkunde.messaging.domain.MessageStatus;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.web.faces.ConsoleMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The business's sent log in the console: every message, newest first, paged on the server and
 * filtered by status, kind and channel; one message's content and attempts; sending a failed one
 * again. Every member of the business may see it, as in the API.
 */
@Named
@ViewScoped
public class MessagesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MessageLog log;

    private String status;
    private String kind;
    private String channel;
    private MessageDetail detail;
    private final MessageRows rows = new MessageRows((page, size) -> log.page(new MessageQuery(null,
            value(MessageStatus.class, status), MessageKind.bySlug(kind == null ? "" : kind).orElse(null),
            value(MessageChannel.class, channel), page, size)));

    /** The dashboard links here with {@code ?status=FAILED}; only the first request takes it. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.isPostback()) {
            String asked = faces.getExternalContext().getRequestParameterMap().get("status");
            status = value(MessageStatus.class, asked) == null ? null : asked;
        }
    }

    public void open(long id) {
        try {
            detail = log.detail(id);
        } catch (NotFound gone) {
            detail = null;
            ConsoleMessages.add(null, FacesMessage.SEVERITY_WARN, "messages.gone");
        }
    }

    public void resend(long id) {
        resendMessage(log, id);
        if (detail != null && detail.message().id() == id) {
            detail = null;
        }
    }

    /** Sends a copy of the message and says what became of it; shared with the client profile. */
    static void resendMessage(MessageLog log, long id) {
        try {
            MessageView copy = log.resend(id);
            ConsoleMessages.add(null, "SUPPRESSED".equals(copy.status()) ? FacesMessage.SEVERITY_WARN
                    : FacesMessage.SEVERITY_INFO, "SUPPRESSED".equals(copy.status()) ? "messages.resentSuppressed"
                    : "messages.resent", copy.recipient());
        } catch (Conflict notAnyMore) {
            ConsoleMessages.add(null, FacesMessage.SEVERITY_WARN, "messages.notResendable");
        } catch (NotFound gone) {
            ConsoleMessages.add(null, FacesMessage.SEVERITY_WARN, "messages.gone");
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null || name.isBlank() ? null
                : Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    public List<String> getStatuses() {
        return Arrays.stream(MessageStatus.values()).map(Enum::name).toList();
    }

    public List<String> getKinds() {
        return Arrays.stream(MessageKind.values()).map(MessageKind::slug).toList();
    }

    public List<String> getChannels() {
        return Arrays.stream(MessageChannel.values()).map(Enum::name).toList();
    }

    public MessageRows getRows() { return rows; }
    public MessageDetail getDetail() { return detail; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
}
