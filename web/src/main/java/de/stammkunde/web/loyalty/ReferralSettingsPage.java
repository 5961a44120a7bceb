package de.stammkunde.web.loyalty;

import de.stammkunde.referral.application.ReferralCodeService;
import de.stammkunde.referral.application.ReferralSettingsChange;
import de.stammkunde.referral.application.ReferralSettingsView;
import de.stammkunde.referral.domain.CodeStyle;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.web.console.ConsoleSession;
import de.stammkunde.web.faces.ConsoleMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Set;

/**
 * The referral settings on the loyalty program's page: on or off, points for the referrer,
 * welcome points for the friend, the monthly cap per referrer (empty: none), the style of new
 * codes. Owners and managers only; a change made by someone else meanwhile is not overwritten.
 */
@Named
@ViewScoped
public class ReferralSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "referral-settings-form";
    private static final Set<String> FIELDS = Set.of("referrerPoints", "welcomePoints", "monthlyCap");

    @Inject
    ReferralCodeService codes;

    @Inject
    ConsoleSession console;

    private long version;
    private boolean enabled;
    private Integer referrerPoints;
    private Integer welcomePoints;
    private Integer monthlyCap;
    private String codeStyle;
    private boolean stale;

    /** The page's access check is the loyalty settings' own (loyaltySettingsPage.load). */
    public void load() {
        if (console.isManagesSettings() && !FacesContext.getCurrentInstance().isPostback()) {
            show(codes.settings());
        }
    }

    public void save() {
        if (!console.isManagesSettings()) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (monthlyCap != null && monthlyCap < 1) {
            ConsoleMessages.add(FORM + ":monthlyCap", FacesMessage.SEVERITY_ERROR, "referralSettings.invalid.monthlyCap");
            faces.validationFailed();
            return;
        }
        try {
            show(codes.change(version, new ReferralSettingsChange(enabled, referrerPoints, welcomePoints,
                    monthlyCap == null ? 0 : monthlyCap, CodeStyle.valueOf(codeStyle))));
            ConsoleMessages.add(null, FacesMessage.SEVERITY_INFO, "referralSettings.saved");
        } catch (Invalid invalid) {
            for (Invalid.Violation violation : invalid.violations()) {
                String field = FIELDS.contains(violation.field()) ? violation.field() : "referrerPoints";
                ConsoleMessages.add(FORM + ":" + field, FacesMessage.SEVERITY_ERROR,
                        "referralSettings.invalid." + field);
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
        show(codes.settings());
    }

    private void show(ReferralSettingsView view) {
        version = view.version();
        enabled = view.enabled();
        referrerPoints = view.referrerPoints();
        welcomePoints = view.welcomePoints();
        monthlyCap = view.monthlyCap();
        codeStyle = view.codeStyle();
        stale = false;
    }

    public boolean isStale() { return stale; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Integer getReferrerPoints() { return referrerPoints; }
    public void setReferrerPoints(Integer points) { this.referrerPoints = points; }
    public Integer getWelcomePoints() { return welcomePoints; }
    public void setWelcomePoints(Integer points) { this.welcomePoints = points; }
    public Integer getMonthlyCap() { return monthlyCap; }
    public void setMonthlyCap(Integer cap) { this.monthlyCap = cap; }
    public String getCodeStyle() { return codeStyle; }
    public void setCodeStyle(String style) { this.codeStyle = style; }
}
