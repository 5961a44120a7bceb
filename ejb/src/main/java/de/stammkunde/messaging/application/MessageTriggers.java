package de.stammkunde.messaging.application;

import de.stammkunde.appointment.application.AppointmentService;
import de.stammkunde.appointment.application.AppointmentView;
import de.stammkunde.consent.application.ConsentService;
import de.stammkunde.consent.domain.ConsentPurpose;
import de.stammkunde.messaging.domain.MessageChannel;
import de.stammkunde.messaging.domain.MessageKind;
import de.stammkunde.shared.event.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * Turns domain events into messages, in the transaction that raised the event: an appointment
 * booked → confirmation; cancelled → cancellation notice; an email marketing consent waiting for
 * its double opt-in → the confirmation email. The event's dedup key makes the message key, so a
 * replayed event queues nothing new.
 */
@ApplicationScoped
public class MessageTriggers {

    @Inject
    Outbox outbox;

    @Inject
    AppointmentService appointments;

    @Inject
    ConsentService consents;

    @Inject
    MessageLinks links;

    @Inject
    TenantFacts tenantFacts;

    void on(@Observes DomainEvent event) {
        switch (event.type()) {
            case AppointmentService.BOOKED -> appointment(event, MessageKind.APPOINTMENT_CONFIRMATION,
                    "ONLINE".equals(event.payload().get("source")));
            case AppointmentService.CANCELLED -> appointment(event, MessageKind.APPOINTMENT_CANCELLATION, false);
            case ConsentService.MARKETING_EMAIL_UNCONFIRMED -> outbox.enqueue(MessageRequest.of(
                    MessageKind.MARKETING_CONFIRMATION, MessageChannel.EMAIL, event.subjectId(),
                    "marketing-confirmation:" + event.payload().get("proofId"),
                    Map.of("link", links.confirmationLink(event.subjectId()))));
            default -> {
                // not a cause of messages
            }
        }
    }

    private void appointment(DomainEvent event, MessageKind kind, boolean requestedByClient) {
        ZoneId zone = tenantFacts.zone();
        AppointmentView appointment = appointments.find(event.subjectId(), zone);
        send(kind, appointment, zone, event.dedupKey(), requestedByClient);
    }

    /** What appointment templates may use: the start in the business's time zone, as the client reads it. */
    static Map<String, Object> model(AppointmentView appointment, ZoneId zone) {
        return model(appointment.start(), appointment.sessionTypeName(), zone);
    }

    static Map<String, Object> model(Instant startsAt, String sessionTypeName, ZoneId zone) {
        ZonedDateTime start = startsAt.atZone(zone);
        return Map.of("appointmentStart", (Localized) language -> Templates.formatStart(start, language),
                "sessionType", sessionTypeName);
    }

    /** Email always (suppressed with the reason when not allowed); SMS only when the client chose it. */
    void send(MessageKind kind, AppointmentView appointment, ZoneId zone, String cause, boolean requestedByClient) {
        send(kind, appointment.clientId(), model(appointment, zone), cause, requestedByClient);
    }

    /**
     * The appointment message {@code kind} to the client: by email always, by SMS when they agreed
     * to appointment updates by SMS; the key of each is {@code cause:CHANNEL}.
     */
    void send(MessageKind kind, long clientId, Map<String, Object> model, String cause, boolean requestedByClient) {
        for (MessageChannel channel : MessageChannel.values()) {
            if (channel == MessageChannel.SMS && !consents.mayContact(clientId,
                    ConsentPurpose.APPOINTMENT_UPDATES, channel.consentChannel()).allowed()) {
                continue;
            }
            outbox.enqueue(new MessageRequest(kind, channel, clientId, cause + ":" + channel.name(),
                    model, null, null, null, requestedByClient && channel == MessageChannel.EMAIL));
        }
    }
}
