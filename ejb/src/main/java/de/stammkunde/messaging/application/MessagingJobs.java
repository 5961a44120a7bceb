package de.stammkunde.messaging.application;

import de.stammkunde.referral.application.ReferralCodeSweep;
import de.stammkunde.shared.config.Setting;
import de.stammkunde.shared.config.Settings;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.error.NotFound;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The messaging jobs an operator can run now instead of waiting for their timer. Where the
 * platform allows it (setting {@code STAMMKUNDE_JOB_CLOCK}, tests only), a job runs as of another
 * time: the clock the timers pass is injected here.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MessagingJobs {

    public static final String OUTBOX = "outbox";
    public static final String REMINDERS = "reminders";
    public static final String BIRTHDAYS = "birthdays";
    public static final String CAMPAIGNS = "campaigns";
    public static final String REFERRAL_CODES = "referral-codes";

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    ReminderSweep reminders;

    @Inject
    BirthdaySweep birthdays;

    @Inject
    CampaignSender campaigns;

    @Inject
    ReferralCodeSweep referralCodes;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** Runs the job; returns what it did. */
    public Map<String, Object> run(String job, Instant asOf) {
        Clock at = clock(asOf);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("job", job);
        result.put("asOf", at.instant());
        switch (job) {
            case OUTBOX -> result.put("report", dispatcher.dispatchAll(at));
            case REMINDERS -> result.put("reminded", reminders.sweepAll(at));
            case BIRTHDAYS -> result.put("greeted", birthdays.sweepAll(at));
            case CAMPAIGNS -> result.put("report", campaigns.sendAll(at));
            case REFERRAL_CODES -> result.put("given", referralCodes.sweepAll());
            default -> throw new NotFound("job-not-found", "No job " + job + "; known: " + OUTBOX + ", " + REMINDERS
                    + ", " + BIRTHDAYS + ", " + CAMPAIGNS + ", " + REFERRAL_CODES);
        }
        return result;
    }

    private Clock clock(Instant asOf) {
        if (asOf == null) {
            return clock;
        }
        if (!Boolean.parseBoolean(settings.get(Setting.JOB_CLOCK))) {
            throw Invalid.field("asOf", "running jobs as of another time is switched off on this platform");
        }
        return Clock.fixed(asOf, ZoneOffset.UTC);
    }
}
