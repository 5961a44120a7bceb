package de.stammkunde.messaging.application;

import de.stammkunde.shared.audit.Actor;
import de.stammkunde.shared.audit.AuditContext;
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
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends due campaigns, tenant by tenant, batch by batch, each batch in a transaction of its own so a
 * big audience never holds one huge transaction and a failure loses at most the batch at hand (the
 * next run repeats it; the outbox keys make that harmless).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CampaignSender {

    private static final Logger LOG = Logger.getLogger(CampaignSender.class.getName());
    /** One run stops after this long; the next tick goes on. */
    static final Duration BUDGET = Duration.ofSeconds(50);

    @Inject
    CampaignBatches batches;

    @Inject
    TenantFacts tenantFacts;

    @Inject
    Clock clock;

    /** Right after "send now" committed: queue it in the background. */
    @Asynchronous
    public void sendSoon(TenantSlug tenant) {
        try {
            send(tenant, clock);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Campaigns of " + tenant.value() + " failed; the timer tries again", e);
        }
    }

    /** Every active tenant's due campaigns, as of the clock's time. */
    public CampaignReport sendAll(Clock asOf) {
        CampaignReport total = CampaignReport.NOTHING;
        for (TenantSlug tenant : tenantFacts.active()) {
            try {
                total = total.plus(send(tenant, asOf));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Campaigns of " + tenant.value() + " failed; the other tenants go on", e);
            }
        }
        return total;
    }

    public CampaignReport send(TenantSlug tenant, Clock asOf) {
        return TenantContext.runAs(tenant, () -> AuditContext.runAs(Actor.SYSTEM, UUID.randomUUID().toString(),
                () -> sendHere(asOf)));
    }

    private CampaignReport sendHere(Clock asOf) {
        Instant started = Instant.now();
        CampaignReport total = CampaignReport.NOTHING;
        for (long id : batches.due(asOf.instant())) {
            if (!batches.start(id, asOf.instant())) {
                continue;
            }
            CampaignReport step;
            while ((step = batches.step(id, asOf.instant())) != null) {
                total = total.plus(step);
                if (step.finished() > 0) {
                    break;
                }
                if (Duration.between(started, Instant.now()).compareTo(BUDGET) >= 0) {
                    return total;
                }
            }
        }
        return total;
    }
}
