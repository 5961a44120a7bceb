package de.stammkunde.web.client;

import de.stammkunde.settings.application.BusinessSettingsService;
import de.stammkunde.client.application.ClientHistoryEntry;
import de.stammkunde.client.application.ClientService;
import de.stammkunde.client.application.ClientView;
import de.stammkunde.client.application.StaleClient;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.web.console.ConsoleSession;
import de.stammkunde.web.faces.ConsoleMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The client profile: create or edit a client, see the change history, delete. Only coordinates:
 * the rules live in the domain and the service, exactly as for the API.
 */
@Named
@ViewScoped
public class ClientProfile implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "profile-form";

    @Inject
    ClientService clients;

    @Inject
    ConsoleSession console;

    @Inject
    Clock clock;

    @Inject
    BusinessSettingsService settings;

    private Long id;
    private long version;
    private ClientForm form = new ClientForm();
    private List<ClientHistoryEntry> history = List.of();
    private Boolean historyRecorded;
    private Long duplicateId;
    private String duplicateName;

    /** Loads the client named by the view parameter; a new, empty form without one. */
    public void load() throws IOException {
        if (id == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            show(clients.find(id));
        } catch (NotFound e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void show(ClientView client) {
        this.id = client.id();
        this.version = client.version();
        this.form = ClientForm.of(client);
        this.history = clients.history(client.id());
    }

    public void save() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        duplicateId = null;
        duplicateName = null;
        try {
            var data = form.toData(LocalDate.now(clock));
            boolean created = id == null;
            ClientView saved = created ? clients.create(data) : clients.update(id, version, data);
            if (created) {
                faces.getExternalContext().getFlash().setKeepMessages(true);
                message(null, FacesMessage.SEVERITY_INFO, "profile.created");
                faces.getExternalContext().redirect(console.link("client") + "/" + saved.id());
                return;
            }
            show(saved);
            message(null, FacesMessage.SEVERITY_INFO, "profile.saved");
        } catch (Invalid invalid) {
            for (Invalid.Violation violation : invalid.violations()) {
                faces.addMessage(FORM + ":" + violation.field(),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.message(), violation.message()));
            }
            faces.validationFailed();
        } catch (StaleClient stale) {
            message(null, FacesMessage.SEVERITY_WARN, "profile.stale", stale.changedBy(),
                    console.dateTime(stale.changedAt()));
            faces.validationFailed();
        } catch (ClientService.DuplicateClient duplicate) {
            message(FORM + ":" + duplicate.field(), FacesMessage.SEVERITY_ERROR, "profile.duplicate",
                    duplicate.existingName(), String.valueOf(duplicate.existingId()));
            duplicateId = duplicate.existingId();
            duplicateName = duplicate.existingName();
            faces.validationFailed();
        }
    }

    /** Throws away the edits and shows the client as it is now. */
    public void reload() {
        show(clients.find(id));
    }

    public void delete() throws IOException {
        clients.delete(id, version);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        message(null, FacesMessage.SEVERITY_INFO, "profile.deleted");
        faces.getExternalContext().redirect(console.link("clients"));
    }

    private static void message(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        ConsoleMessages.add(clientId, severity, key, arguments);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ClientForm getForm() { return form; }
    /** Whether the business records client changes at the moment (a tenant setting). */
    public boolean isHistoryRecorded() {
        if (historyRecorded == null) {
            historyRecorded = settings.current().clientHistory();
        }
        return historyRecorded;
    }
    /** The client that already has the email or phone just entered, if any. */
    public Long getDuplicateId() { return duplicateId; }
    public String getDuplicateName() { return duplicateName; }
    public List<ClientHistoryEntry> getHistory() { return history; }
}
