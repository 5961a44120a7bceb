package de.stammkunde.web.messaging;

import de.stammkunde.messaging.application.MessageLog;
import de.stammkunde.messaging.application.MessagePage;
import de.stammkunde.messaging.application.MessageQuery;
import de.stammkunde.web.client.ClientProfile;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The messages section of the client profile: the client's sent log, newest first, and resending a failed one. */
@Named
@ViewScoped
public class ClientMessages implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MessageLog log;

    @Inject
    ClientProfile profile;

    private final MessageRows rows = new MessageRows((page, size) -> profile.getId() == null
            ? new MessagePage(List.of(), 0, page, size)
            : log.page(new MessageQuery(profile.getId(), null, null, null, page, size)));

    public void resend(long id) {
        MessagesView.resendMessage(log, id);
    }

    public MessageRows getRows() { return rows; }
}
