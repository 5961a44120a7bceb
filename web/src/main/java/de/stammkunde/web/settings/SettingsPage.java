package de.stammkunde.web.settings;

import de.stammkunde.settings.application.BusinessSettingsService;
import de.stammkunde.settings.application.SettingsView;
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

/** The business's settings: owners and managers only; others get the 403 page. */
@Named
@ViewScoped
public class SettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessSettingsService settings;

    @Inject
    ConsoleSession console;

    private long version;
    private boolean clientHistory;
    private boolean imagePublication;
    private int reminderLeadHours;
    private boolean birthdayGreetings;

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
        try {
            show(settings.change(version, clientHistory, imagePublication, reminderLeadHours, birthdayGreetings));
            message(FacesMessage.SEVERITY_INFO, "settings.saved");
        } catch (Invalid invalid) {
            ConsoleMessages.add("settings-form:reminder-lead-hours", FacesMessage.SEVERITY_ERROR,
                    "settings.reminderLeadHoursInvalid");
            FacesContext.getCurrentInstance().validationFailed();
        } catch (Conflict conflict) {
            show(settings.current());
            message(FacesMessage.SEVERITY_WARN, "settings.changedMeanwhile");
        }
    }

    private void show(SettingsView view) {
        this.version = view.version();
        this.clientHistory = view.clientHistory();
        this.imagePublication = view.imagePublication();
        this.reminderLeadHours = view.reminderLeadHours();
        this.birthdayGreetings = view.birthdayGreetings();
    }

    private static void message(FacesMessage.Severity severity, String key) {
        ConsoleMessages.add(null, severity, key);
    }

    public int getReminderLeadHours() { return reminderLeadHours; }
    public void setReminderLeadHours(int reminderLeadHours) { this.reminderLeadHours = reminderLeadHours; }
    public boolean isBirthdayGreetings() { return birthdayGreetings; }
    public void setBirthdayGreetings(boolean birthdayGreetings) { this.birthdayGreetings = birthdayGreetings; }
    public boolean isImagePublication() { return imagePublication; }
    public void setImagePublication(boolean imagePublication) { this.imagePublication = imagePublication; }
    public boolean isClientHistory() { return clientHistory; }
    public void setClientHistory(boolean clientHistory) { this.clientHistory = clientHistory; }
}
