package de.stammkunde.web.messaging;

import de.stammkunde.messaging.application.CampaignPreview;
import de.stammkunde.messaging.application.CampaignRequest;
import de.stammkunde.messaging.application.CampaignView;
import de.stammkunde.messaging.application.Campaigns;
import de.stammkunde.shared.error.Conflict;
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
import java.time.LocalDateTime;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Campaigns in the console: the list with state and counts, composing a newsletter (German and
 * English wording, audience filter) or a re-permission campaign, the preview with the audience, and
 * sending now, scheduling or cancelling after a confirmation. Owners and managers only.
 */
@Named
@ViewScoped
public class CampaignsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "campaign-form";

    @Inject
    Campaigns campaigns;

    @Inject
    ConsoleSession console;

    private List<CampaignView> list = List.of();
    private Long id;
    private String kind;
    private String state;
    private long version;
    private String name;
    private String subjectDe;
    private String bodyDe;
    private String subjectEn;
    private String bodyEn;
    private String tag;
    private String clientStatus;
    private LocalDateTime scheduleAt;
    private CampaignPreview preview;
    private int queued;
    private int excluded;

    public void load() throws IOException {
        if (!console.admitsManagers()) {
            return;
        }
        if (!FacesContext.getCurrentInstance().isPostback()) {
            refresh();
        }
    }

    public void newNewsletter() {
        clear("newsletter");
    }

    public void newRepermission() {
        clear("repermission");
        name = ConsoleMessages.text("campaigns.repermissionName");
    }

    public void open(long campaignId) {
        try {
            show(campaigns.view(campaignId));
            preview = null;
        } catch (NotFound gone) {
            refresh();
            ConsoleMessages.add(null, FacesMessage.SEVERITY_WARN, "campaigns.gone");
        }
    }

    public void close() {
        id = null;
        kind = null;
        preview = null;
        refresh();
    }

    public void save() {
        if (saveDraft()) {
            ConsoleMessages.add(null, FacesMessage.SEVERITY_INFO, "campaigns.saved");
        }
    }

    public void preview() {
        if (!saveDraft()) {
            return;
        }
        preview = campaigns.preview(id);
    }

    public void sendNow() {
        if (!saveDraft()) {
            return;
        }
        try {
            show(campaigns.sendNow(id));
            ConsoleMessages.add(null, FacesMessage.SEVERITY_INFO, "campaigns.sending");
        } catch (Conflict conflict) {
            refused();
        }
        refresh();
    }

    public void schedule() {
        if (scheduleAt == null) {
            ConsoleMessages.add(FORM + ":scheduleAt", FacesMessage.SEVERITY_ERROR, "campaigns.invalid.at");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (!saveDraft()) {
            return;
        }
        try {
            show(campaigns.schedule(id, scheduleAt.atZone(console.getTimeZone()).toInstant().toString()));
            ConsoleMessages.add(null, FacesMessage.SEVERITY_INFO, "campaigns.scheduled",
                    console.dateTime(scheduleAt.atZone(console.getTimeZone()).toInstant()));
        } catch (Invalid invalid) {
            violations(invalid);
        } catch (Conflict conflict) {
            refused();
        }
        refresh();
    }

    public void cancel() {
        if (id == null) {
            return;
        }
        try {
            show(campaigns.cancel(id));
            ConsoleMessages.add(null, FacesMessage.SEVERITY_INFO, "campaigns.cancelled");
        } catch (Conflict conflict) {
            refused();
        }
        refresh();
    }

    /** Saves the draft (creates it when new); true when it is saved, or not a draft any more and left as is. */
    private boolean saveDraft() {
        if (id != null && !"DRAFT".equals(state)) {
            return true;
        }
        CampaignRequest request = new CampaignRequest(kind, name, subjectDe, bodyDe, subjectEn, bodyEn, tag,
                clientStatus == null || clientStatus.isBlank() ? null : clientStatus);
        try {
            show(id == null ? campaigns.create(request) : campaigns.update(id, request, version));
            refresh();
            return true;
        } catch (Invalid invalid) {
            violations(invalid);
        } catch (Conflict conflict) {
            refused();
        }
        return false;
    }

    private void refused() {
        if (id != null) {
            show(campaigns.view(id));
        }
        ConsoleMessages.add(null, FacesMessage.SEVERITY_WARN, "campaigns.changedMeanwhile");
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void violations(Invalid invalid) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        for (Invalid.Violation violation : invalid.violations()) {
            String key = "campaigns.invalid." + violation.field();
            String text = texts.containsKey(key) ? texts.getString(key) + " (" + violation.message() + ")"
                    : violation.field() + ": " + violation.message();
            String field = "at".equals(violation.field()) ? "scheduleAt" : violation.field();
            faces.addMessage(FORM + ":" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        faces.validationFailed();
    }

    private void refresh() {
        list = campaigns.page(0, 200).items();
    }

    private void clear(String newKind) {
        id = null;
        kind = newKind;
        state = "DRAFT";
        version = 0;
        name = null;
        subjectDe = null;
        bodyDe = null;
        subjectEn = null;
        bodyEn = null;
        tag = null;
        clientStatus = null;
        scheduleAt = null;
        preview = null;
        queued = 0;
        excluded = 0;
    }

    private void show(CampaignView view) {
        id = view.id();
        kind = view.kind();
        state = view.state();
        version = view.version();
        name = view.name();
        subjectDe = view.subjectDe();
        bodyDe = view.bodyDe();
        subjectEn = view.subjectEn();
        bodyEn = view.bodyEn();
        tag = view.tag();
        clientStatus = view.clientStatus();
        queued = view.queued();
        excluded = view.excluded();
    }

    public boolean isEditing() { return kind != null; }
    public boolean isNewsletter() { return "newsletter".equals(kind); }
    public boolean isDraft() { return "DRAFT".equals(state); }
    public boolean isOpen() { return "DRAFT".equals(state) || "SCHEDULED".equals(state); }
    public boolean isSaved() { return id != null; }
    public List<String> getClientStatuses() { return List.of("NEW", "REGULAR", "INACTIVE"); }

    public List<CampaignView> getList() { return list; }
    public Long getId() { return id; }
    public String getKind() { return kind; }
    public String getState() { return state; }
    public int getQueued() { return queued; }
    public int getExcluded() { return excluded; }
    public CampaignPreview getPreview() { return preview; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSubjectDe() { return subjectDe; }
    public void setSubjectDe(String subjectDe) { this.subjectDe = subjectDe; }
    public String getBodyDe() { return bodyDe; }
    public void setBodyDe(String bodyDe) { this.bodyDe = bodyDe; }
    public String getSubjectEn() { return subjectEn; }
    public void setSubjectEn(String subjectEn) { this.subjectEn = subjectEn; }
    public String getBodyEn() { return bodyEn; }
    public void setBodyEn(String bodyEn) { this.bodyEn = bodyEn; }
    public String getTag() { return tag; }
    public void setTag(String tag) { this.tag = tag; }
    public String getClientStatus() { return clientStatus; }
    public void setClientStatus(String clientStatus) { this.clientStatus = clientStatus; }
    public LocalDateTime getScheduleAt() { return scheduleAt; }
    public void setScheduleAt(LocalDateTime scheduleAt) { this.scheduleAt = scheduleAt; }
}
