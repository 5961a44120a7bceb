package de.stammkunde.messaging.application;

import de.stammkunde.shared.job.OperatorJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Map;

/** Operator job {@code campaigns}: sends the campaigns whose time has come. */
@ApplicationScoped
public class CampaignJob implements OperatorJob {

    @Inject
    CampaignSender campaigns;

    @Override
    public String name() {
        return "campaigns";
    }

    @Override
    public Map<String, Object> run(Clock at) {
        return Map.of("report", campaigns.sendAll(at));
    }
}
