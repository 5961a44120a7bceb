package de.stammkunde.referral.application;

import de.stammkunde.messaging.application.TenantFacts;
import de.stammkunde.shared.audit.Actor;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.tenancy.domain.TenantContext;
import de.stammkunde.tenancy.domain.TenantSlug;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives referral codes to the clients who have none — those who existed before referral codes
 * did — 500 per transaction, tenant by tenant. New clients get theirs when they are created.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReferralCodeSweep {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(ReferralCodeSweep.class.getName());

    @Inject
    TenantFacts tenantFacts;

    @Inject
    ReferralCodeService codes;

    @Resource
    SessionContext context;

    /** Every active tenant; returns how many clients got a code. */
    public int sweepAll() {
        ReferralCodeSweep self = context.getBusinessObject(ReferralCodeSweep.class);
        int given = 0;
        for (TenantSlug tenant : tenantFacts.active()) {
            try {
                given += TenantContext.runAs(tenant, () -> AuditContext.runAs(Actor.SYSTEM,
                        UUID.randomUUID().toString(), self::sweep));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Referral codes for " + tenant.value() + " failed; the other tenants go on", e);
            }
        }
        return given;
    }

    public int sweep() {
        ReferralCodeSweep self = context.getBusinessObject(ReferralCodeSweep.class);
        int given = 0;
        int batch;
        do {
            batch = self.batch();
            given += batch;
        } while (batch == BATCH);
        return given;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int batch() {
        return codes.assignMissing(BATCH);
    }
}
