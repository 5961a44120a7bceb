package de.stammkunde.messaging.application;

import de.stammkunde.shared.job.OperatorJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Map;

/** Operator job {@code outbox}: sends what is due in every active tenant. */
@ApplicationScoped
public class OutboxJob implements OperatorJob {

    @Inject
    OutboxDispatcher dispatcher;

    @Override
    public String name() {
        return "outbox";
    }

    @Override
    public Map<String, Object> run(Clock at) {
        return Map.of("report", dispatcher.dispatchAll(at));
    }
}
