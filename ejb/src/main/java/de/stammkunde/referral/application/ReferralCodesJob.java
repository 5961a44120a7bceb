package de.stammkunde.referral.application;

import de.stammkunde.shared.job.OperatorJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Map;

/** Operator job {@code referral-codes}: gives earlier clients their referral codes. */
@ApplicationScoped
public class ReferralCodesJob implements OperatorJob {

    @Inject
    ReferralCodeSweep sweep;

    @Override
    public String name() {
        return "referral-codes";
    }

    @Override
    public Map<String, Object> run(Clock at) {
        return Map.of("given", sweep.sweepAll());
    }
}
