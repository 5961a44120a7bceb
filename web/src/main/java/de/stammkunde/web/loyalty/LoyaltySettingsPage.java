package de.stammkunde.web.loyalty;

import de.stammkunde.loyalty.application.LoyaltySettingsChange;
import de.stammkunde.loyalty.application.LoyaltySettingsService;
import de.stammkunde.loyalty.application.LoyaltySettingsView;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.web.console.ConsoleSession;
import de.stammkunde.web.faces.ConsoleMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The loyalty program's settings: on or off, points per euro (on or off, a decimal ratio) and the
 * points per confirmed session of every session type. Owners and managers only; a change made by
 * someone else meanwhile is not overwritten.
 */
@Named
@ViewScoped
public class LoyaltySettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "loyalty-settings-form";
    private static final Pattern SESSION_POINTS = Pattern.compile("^sessionPoints\\[(\\d+)]\\..*$");

    @Inject
    LoyaltySettingsService settings;

    @Inject
    ConsoleSession console;

    private long version;
    private boolean enabled;
    private boolean pointsPerEuroEnabled;
    private BigDecimal pointsPerEuro;
    private List<SessionTypeRow> sessionTypes = List.of();
    private boolean stale;

    public void load() throws IOException {
        if (!console.admitsManagers()) {
            return;
        }
        if (!FacesContext.getCurrentInstance().isPostback()) {
            show(settings.current());
        }
    }

    public void save() {
        if (!console.isManagesSettings()) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        List<SessionTypeRow> edited = sessionTypes.stream().filter(SessionTypeRow::changed).toList();
        try {
            show(settings.change(version, new LoyaltySettingsChange(enabled, pointsPerEuroEnabled, pointsPerEuro,
                    edited.stream().map(SessionTypeRow::change).toList())));
            ConsoleMessages.add(null, FacesMessage.SEVERITY_INFO, "loyaltySettings.saved");
        } catch (Invalid invalid) {
            for (Invalid.Violation violation : invalid.violations()) {
                Matcher row = SESSION_POINTS.matcher(violation.field());
                if (row.matches()) {
                    int index = sessionTypes.indexOf(edited.get(Integer.parseInt(row.group(1))));
                    ConsoleMessages.add(FORM + ":session-types:" + index + ":points", FacesMessage.SEVERITY_ERROR,
                            "loyaltySettings.invalid.points");
                } else {
                    ConsoleMessages.add(FORM + ":pointsPerEuro", FacesMessage.SEVERITY_ERROR,
                            "loyaltySettings.invalid.pointsPerEuro");
                }
            }
            faces.validationFailed();
        } catch (Conflict conflict) {
            stale = true;
            ConsoleMessages.add(null, FacesMessage.SEVERITY_WARN, "loyaltySettings.changedMeanwhile");
            faces.validationFailed();
        }
    }

    /** Throws the edits away and shows the settings as they are now. */
    public void reload() {
        show(settings.current());
    }

    private void show(LoyaltySettingsView view) {
        version = view.version();
        enabled = view.enabled();
        pointsPerEuroEnabled = view.pointsPerEuroEnabled();
        pointsPerEuro = view.pointsPerEuro();
        sessionTypes = view.sessionPoints().stream().map(SessionTypeRow::of).toList();
        stale = false;
    }

    public boolean isStale() { return stale; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public boolean isPointsPerEuroEnabled() { return pointsPerEuroEnabled; }
    public void setPointsPerEuroEnabled(boolean enabled) { this.pointsPerEuroEnabled = enabled; }
    public BigDecimal getPointsPerEuro() { return pointsPerEuro; }
    public void setPointsPerEuro(BigDecimal pointsPerEuro) { this.pointsPerEuro = pointsPerEuro; }
    public List<SessionTypeRow> getSessionTypes() { return sessionTypes; }

    /** One session type's row in the table: its points and switch, edited in place. */
    public static final class SessionTypeRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long sessionTypeId;
        private final String name;
        private final boolean typeActive;
        private final int shownPoints;
        private final boolean shownEnabled;
        private Integer points;
        private boolean enabled;

        private SessionTypeRow(long sessionTypeId, String name, boolean typeActive, int points, boolean enabled) {
            this.sessionTypeId = sessionTypeId;
            this.name = name;
            this.typeActive = typeActive;
            this.shownPoints = points;
            this.shownEnabled = enabled;
            this.points = points;
            this.enabled = enabled;
        }

        static SessionTypeRow of(LoyaltySettingsView.SessionTypePoints view) {
            return new SessionTypeRow(view.sessionTypeId(), view.sessionTypeName(), view.sessionTypeActive(),
                    view.points(), view.enabled());
        }

        /** Only what was edited is sent, so that the audit trail shows real changes. */
        boolean changed() {
            return points == null || points != shownPoints || enabled != shownEnabled;
        }

        LoyaltySettingsChange.SessionPointsChange change() {
            return new LoyaltySettingsChange.SessionPointsChange(sessionTypeId, points == null ? 0 : points, enabled);
        }

        public long getSessionTypeId() { return sessionTypeId; }
        public String getName() { return name; }
        public boolean isTypeActive() { return typeActive; }
        public Integer getPoints() { return points; }
        public void setPoints(Integer points) { this.points = points; }
        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
    }
}
