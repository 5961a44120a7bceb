package de.stammkunde.api.messaging;

import de.stammkunde.api.problem.InvalidRequest;
import de.stammkunde.messaging.application.MessageCounts;
import de.stammkunde.messaging.application.MessageDetail;
import de.stammkunde.messaging.application.MessageLog;
import de.stammkunde.messaging.application.MessagePage;
import de.stammkunde.messaging.application.MessageQuery;
import de.stammkunde.messaging.application.MessageView;
import de.stammkunde.messaging.domain.MessageChannel;
import de.stammkunde.messaging.domain.MessageKind;
import de.stammkunde.messaging.domain.MessageStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.Locale;

/** The business's sent log: every message with status, channel, time and the reason it was not sent. */
@Path("v1/tenants/{tenant}/messages")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class MessageResource {

    @Inject
    MessageLog log;

    @GET
    @Operation(summary = "The sent log", description = "Newest first; filters clientId, status (queued, sending, sent,"
            + " failed, suppressed, dead), kind (e.g. appointment-reminder), channel (email, sms); page from 0,"
            + " size 1-200")
    public MessagePage list(@QueryParam("clientId") Long clientId, @QueryParam("status") String status,
                            @QueryParam("kind") String kind, @QueryParam("channel") String channel,
                            @QueryParam("page") @DefaultValue("0") int page,
                            @QueryParam("size") @DefaultValue("25") int size) {
        if (page < 0) {
            throw InvalidRequest.field("page", "0 or more");
        }
        if (size < 1 || size > MessageQuery.MAX_SIZE) {
            throw InvalidRequest.field("size", "1 to " + MessageQuery.MAX_SIZE);
        }
        return log.page(new MessageQuery(clientId, value(MessageStatus.class, "status", status),
                kind == null || kind.isBlank() ? null : MessageKind.bySlug(kind.strip().toLowerCase(Locale.ROOT))
                        .orElseThrow(() -> InvalidRequest.field("kind", "one of the message kinds, e.g. appointment-reminder")),
                value(MessageChannel.class, "channel", channel), page, size));
    }

    @GET
    @Path("counts")
    @Operation(summary = "Message figures of the last 30 days", description = "sent, queued, suppressed, failed")
    public MessageCounts counts() {
        return log.counts();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One message", description = "With its text, HTML and every delivery attempt")
    public MessageDetail detail(@PathParam("id") long id) {
        return log.detail(id);
    }

    @POST
    @Path("{id}/resend")
    @Operation(summary = "Send a failed message again", description = "Only failed or dead messages (409 otherwise);"
            + " consent is checked again; asking twice makes one copy")
    public MessageView resend(@PathParam("id") long id) {
        return log.resend(id);
    }

    static <E extends Enum<E>> E value(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.field(field, "one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
        }
    }
}
