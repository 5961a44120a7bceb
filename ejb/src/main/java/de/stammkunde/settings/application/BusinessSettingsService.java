package de.stammkunde.settings.application;

import de.stammkunde.settings.domain.BusinessSettings;
import de.stammkunde.shared.error.Conflict;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/** The settings of the tenant in context. Who may change them is checked at the edge (owners and managers). */
@Stateless
public class BusinessSettingsService {

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    Clock clock;

    public SettingsView current() {
        return view(require());
    }

    /**
     * Changes the settings if nobody changed them since the caller read {@code expectedVersion};
     * a null image-publication switch, lead time or birthday switch stays as it is.
     */
    public SettingsView change(Long expectedVersion, boolean clientHistory, Boolean imagePublication) {
        return change(expectedVersion, clientHistory, imagePublication, null, null);
    }

    /** As {@link #change(Long, boolean, Boolean)}, with the reminder lead time (0 to 336 hours) and birthday greetings. */
    public SettingsView change(Long expectedVersion, boolean clientHistory, Boolean imagePublication,
                               Integer reminderLeadHours, Boolean birthdayGreetings) {
        BusinessSettings settings = require();
        if (expectedVersion != null && settings.version() != expectedVersion) {
            throw new Conflict("settings-changed", "The settings were changed meanwhile; reload them");
        }
        settings.change(clientHistory, imagePublication == null ? settings.imagePublication() : imagePublication,
                reminderLeadHours == null ? settings.reminderLeadHours() : reminderLeadHours,
                birthdayGreetings == null ? settings.birthdayGreetings() : birthdayGreetings,
                clock.instant());
        em.flush();
        return view(settings);
    }

    private BusinessSettings require() {
        return em.find(BusinessSettings.class, BusinessSettings.ID);
    }

    private static SettingsView view(BusinessSettings settings) {
        return new SettingsView(settings.version(), settings.clientHistory(), settings.imagePublication(),
                settings.reminderLeadHours(), settings.birthdayGreetings(), settings.updatedAt());
    }
}
