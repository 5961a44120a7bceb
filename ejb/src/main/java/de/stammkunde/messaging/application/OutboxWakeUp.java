package de.stammkunde.messaging.application;

import de.stammkunde.tenancy.domain.TenantSlug;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Starts a dispatch for the tenant as soon as a transaction that queued messages commits, so
 * messages go out within moments instead of at the next timer tick. Once per transaction, however
 * many messages it queued; the timer stays the safety net.
 */
@ApplicationScoped
public class OutboxWakeUp {

    private static final String KEY = OutboxWakeUp.class.getName();

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxDispatcher dispatcher;

    public void afterCommit(TenantSlug tenant) {
        String key = KEY + ":" + tenant.value();
        if (transactions.getResource(key) != null) {
            return;
        }
        transactions.putResource(key, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    dispatcher.dispatchSoon(tenant);
                }
            }
        });
    }
}
