package de.stammkunde.messaging.application;

import de.stammkunde.messaging.domain.Backoff;
import de.stammkunde.messaging.domain.MessageChannel;
import de.stammkunde.messaging.infrastructure.OutboxMailer;
import de.stammkunde.shared.audit.Actor;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.shared.config.Setting;
import de.stammkunde.shared.config.Settings;
import de.stammkunde.tenancy.domain.TenantContext;
import de.stammkunde.tenancy.domain.TenantSlug;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what is due in the outboxes, tenant by tenant, each tenant's work in transactions of its
 * own so one tenant's trouble never stops the others. Any number of dispatchers may run at once
 * (timer ticks, wake-ups after commits, other nodes): leases keep them apart.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    static final int BATCH = 100;
    static final Duration LEASE = Duration.ofMinutes(5);
    /** One run stops leasing after this long; the next tick goes on. */
    static final Duration BUDGET = Duration.ofSeconds(50);

    @Inject
    OutboxLeases leases;

    @Inject
    OutboxMailer mailer;

    @Inject
    SmsDelivery sms;

    @Inject
    TenantFacts tenantFacts;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** Right after a commit queued messages: send them now, in the background. */
    @Asynchronous
    public void dispatchSoon(TenantSlug tenant) {
        try {
            dispatch(tenant, clock);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Dispatch for " + tenant.value() + " failed; the timer tries again", e);
        }
    }

    /** Every active tenant's due messages, as of the clock's time. */
    public DispatchReport dispatchAll(Clock asOf) {
        DispatchReport total = DispatchReport.NOTHING;
        for (TenantSlug tenant : tenantFacts.active()) {
            try {
                total = total.plus(dispatch(tenant, asOf));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Dispatch for " + tenant.value() + " failed; the other tenants go on", e);
            }
        }
        return total;
    }

    public DispatchReport dispatch(TenantSlug tenant, Clock asOf) {
        return TenantContext.runAs(tenant, () -> AuditContext.runAs(Actor.SYSTEM, UUID.randomUUID().toString(),
                () -> dispatchHere(tenant, asOf)));
    }

    private DispatchReport dispatchHere(TenantSlug tenant, Clock asOf) {
        Backoff backoff = backoff();
        Instant started = Instant.now();
        int interrupted = leases.recoverInterrupted(asOf.instant());
        int sent = 0;
        int retried = 0;
        int failed = 0;
        int dead = 0;
        int suppressed = 0;
        String senderName = null;
        while (Duration.between(started, Instant.now()).compareTo(BUDGET) < 0) {
            List<LeasedMessage> batch = leases.lease(asOf.instant(), LEASE, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            if (senderName == null) {
                senderName = tenantFacts.name();
            }
            List<LeasedMessage> emails = batch.stream().filter(m -> m.channel() == MessageChannel.EMAIL).toList();
            List<Long> accepted = new ArrayList<>();
            for (OutboxMailer.Outcome outcome : mailer.send(tenant.value(), senderName, emails)) {
                if (outcome.accepted()) {
                    accepted.add(outcome.id());
                    continue;
                }
                LeasedMessage message = emails.stream().filter(m -> m.id() == outcome.id()).findFirst().orElseThrow();
                switch (leases.failed(message.id(), message.attempts(), outcome.error(), outcome.permanent(), backoff,
                        asOf.instant())) {
                    case "QUEUED" -> retried++;
                    case "DEAD" -> dead++;
                    default -> failed++;
                }
            }
            leases.sent(accepted, asOf.instant());
            sent += accepted.size();
            for (LeasedMessage message : batch) {
                if (message.channel() != MessageChannel.SMS) {
                    continue;
                }
                SmsDelivery.Result result = sms.deliver(tenant, message, backoff, asOf.instant());
                switch (result) {
                    case SENT -> sent++;
                    case SUPPRESSED -> suppressed++;
                    case RETRY -> retried++;
                    case DEAD -> dead++;
                    case FAILED -> failed++;
                }
            }
        }
        return new DispatchReport(1, sent, retried, failed, dead, suppressed, interrupted);
    }

    private Backoff backoff() {
        return new Backoff(Duration.ofSeconds(Long.parseLong(settings.get(Setting.OUTBOX_RETRY_SECONDS))),
                Duration.ofHours(6), Integer.parseInt(settings.get(Setting.OUTBOX_MAX_ATTEMPTS)));
    }
}
