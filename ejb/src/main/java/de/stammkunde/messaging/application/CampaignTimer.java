package de.stammkunde.messaging.application;

import de.stammkunde.shared.job.SingleTick;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Every minute, sends the campaigns that are due (scheduled ones whose time came, and sending ones
 * a restart interrupted). Not persistent: every node ticks; the campaign row lock keeps two nodes
 * from queuing the same batch, and a tick is skipped while the last one on this node still runs.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CampaignTimer {

    private static final Logger LOG = Logger.getLogger(CampaignTimer.class.getName());

    private final SingleTick tick = new SingleTick(LOG, "Campaign tick failed");

    @Inject
    CampaignSender sender;

    @Inject
    Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "campaigns")
    void tick() {
        tick.run(() -> {
            CampaignReport report = sender.sendAll(clock);
            if (report.queued() + report.finished() > 0) {
                LOG.fine(() -> "Campaign tick: " + report);
            }
        });
    }
}
