package de.stammkunde.shared.job;

import de.stammkunde.shared.config.Setting;
import de.stammkunde.shared.config.Settings;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs an operator job by name. Where the platform allows it (setting {@code STAMMKUNDE_JOB_CLOCK},
 * tests only), a job runs as of another time: the clock the timers pass is handed to the job.
 */
@ApplicationScoped
public class OperatorJobs {

    @Inject
    @Any
    Instance<OperatorJob> jobs;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** Runs the job; returns its name, the time it ran as of and what it did. */
    public Map<String, Object> run(String name, Instant asOf) {
        OperatorJob job = jobs.stream().filter(j -> j.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFound("job-not-found", "No job " + name + "; known: " + names()));
        Clock at = clock(asOf);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("job", name);
        result.put("asOf", at.instant());
        result.putAll(job.run(at));
        return result;
    }

    /** The names of every job, sorted. */
    public String names() {
        return jobs.stream().map(OperatorJob::name).sorted().collect(Collectors.joining(", "));
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
