package de.stammkunde.referral.application;

import de.stammkunde.messaging.application.TenantFacts;
import de.stammkunde.shared.job.EveryTenant;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

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
        return EveryTenant.count(tenantFacts.active(), LOG, "Referral codes", tenant -> self.sweep());
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
