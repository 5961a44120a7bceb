package de.stammkunde.loyalty.application;

import de.stammkunde.loyalty.domain.LoyaltySettings;
import de.stammkunde.loyalty.domain.SessionPoints;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.Invalid;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The loyalty program's settings. A change applies to events from now on: entries and rewards
 * already made stay as they are. Who may change them is checked at the edge (owners and managers);
 * every change is audited.
 */
@Stateless
public class LoyaltySettingsService {

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    Clock clock;

    public LoyaltySettingsView current() {
        return view(require());
    }

    /** Changes the settings if nobody changed them since {@code expectedVersion} (when given). */
    public LoyaltySettingsView change(Long expectedVersion, LoyaltySettingsChange change) {
        LoyaltySettings settings = require();
        if (expectedVersion != null && settings.version() != expectedVersion) {
            throw new Conflict("loyalty-settings-changed", "The loyalty settings were changed meanwhile; reload them");
        }
        Instant now = clock.instant();
        settings.change(change.enabled() == null ? settings.enabled() : change.enabled(),
                change.pointsPerEuroEnabled() == null ? settings.pointsPerEuroEnabled() : change.pointsPerEuroEnabled(),
                change.pointsPerEuro() == null ? settings.pointsPerEuro() : change.pointsPerEuro(), now);
        if (change.sessionPoints() != null) {
            changeSessionPoints(change.sessionPoints(), now);
        }
        em.flush();
        return view(settings);
    }

    private void changeSessionPoints(List<LoyaltySettingsChange.SessionPointsChange> changes, Instant now) {
        List<Invalid.Violation> violations = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            LoyaltySettingsChange.SessionPointsChange change = changes.get(i);
            if (em.createNativeQuery("select 1 from session_type where id = :id")
                    .setParameter("id", change.sessionTypeId()).getResultList().isEmpty()) {
                violations.add(new Invalid.Violation("sessionPoints[" + i + "].sessionTypeId", "no session type with this id"));
            } else if (change.points() < 0 || change.points() > SessionPoints.MAX_POINTS) {
                violations.add(new Invalid.Violation("sessionPoints[" + i + "].points", "0 to " + SessionPoints.MAX_POINTS));
            }
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        for (LoyaltySettingsChange.SessionPointsChange change : changes) {
            SessionPoints points = em.find(SessionPoints.class, change.sessionTypeId());
            if (points == null) {
                em.persist(new SessionPoints(change.sessionTypeId(), change.points(), change.enabled(), now));
            } else {
                points.change(change.points(), change.enabled(), now);
            }
        }
    }

    private LoyaltySettings require() {
        return em.find(LoyaltySettings.class, LoyaltySettings.ID);
    }

    private LoyaltySettingsView view(LoyaltySettings settings) {
        Map<Long, SessionPoints> points = em.createQuery("select p from SessionPoints p", SessionPoints.class)
                .getResultStream().collect(Collectors.toMap(SessionPoints::sessionTypeId, Function.identity()));
        @SuppressWarnings("unchecked")
        List<Object[]> types = em.createNativeQuery("select id, name, active from session_type order by lower(name)")
                .getResultList();
        List<LoyaltySettingsView.SessionTypePoints> perType = types.stream().map(row -> {
            long id = ((Number) row[0]).longValue();
            SessionPoints rule = points.get(id);
            return new LoyaltySettingsView.SessionTypePoints(id, (String) row[1], (Boolean) row[2],
                    rule == null ? 0 : rule.points(), rule != null && rule.enabled());
        }).toList();
        return new LoyaltySettingsView(settings.version(), settings.enabled(), settings.pointsPerEuroEnabled(),
                settings.pointsPerEuro(), perType, settings.updatedAt());
    }
}
