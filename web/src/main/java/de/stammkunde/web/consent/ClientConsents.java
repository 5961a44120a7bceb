package de.stammkunde.web.consent;

import de.stammkunde.consent.application.ConsentService;
import de.stammkunde.consent.application.ConsentTextView;
import de.stammkunde.consent.application.ConsentView;
import de.stammkunde.consent.application.RecordConsent;
import de.stammkunde.consent.domain.ConsentChannel;
import de.stammkunde.consent.domain.ConsentPurpose;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.web.client.ClientProfile;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The client's consents on the profile: every purpose and channel with its state, and recording
 * an answer given in person, with the text version shown on the tablet.
 */
@Named
@ViewScoped
public class ClientConsents implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "consent-form";

    @Inject
    ConsentService consents;

    @Inject
    ClientProfile profile;

    private List<ConsentView> current;
    private String purpose = ConsentPurpose.DATA_PROCESSING.slug();
    private String channel = ConsentChannel.ANY.name();
    private String state = "GIVEN";
    private String guardianName;
    private String guardianRelation;

    public List<ConsentView> getCurrent() {
        if (current == null && profile.getId() != null) {
            current = consents.consents(profile.getId());
        }
        return current;
    }

    /** Whether the client has given data-processing consent (otherwise the profile warns). */
    public boolean isProcessingGiven() {
        return getCurrent() != null && getCurrent().stream()
                .anyMatch(view -> view.purpose().equals(ConsentPurpose.DATA_PROCESSING.slug())
                        && "GIVEN".equals(view.state()));
    }

    /** The text the client reads before answering: the current version in the client's language. */
    public ConsentTextView getText() {
        String language = profile.getForm().getPreferredLanguage() == null ? "de" : profile.getForm().getPreferredLanguage();
        return consents.texts().stream()
                .filter(text -> text.current() && text.purpose().equals(purpose) && text.language().equals(language))
                .findFirst().orElse(null);
    }

    /** Records the answer as given in person now. */
    public void record() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ConsentPurpose chosen = ConsentPurpose.bySlug(purpose).orElseThrow();
        ConsentTextView text = getText();
        try {
            consents.record(profile.getId(), chosen, new RecordConsent(channel, state, "IN_PERSON",
                    text == null ? null : text.version(), text == null ? null : text.language(), null, null,
                    guardianName, guardianRelation));
            current = null;
            guardianName = null;
            guardianRelation = null;
            ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
            String done = texts.getString("consent.recorded");
            faces.addMessage(FORM + ":consent-messages", new FacesMessage(FacesMessage.SEVERITY_INFO, done, done));
        } catch (Invalid invalid) {
            for (Invalid.Violation violation : invalid.violations()) {
                String message = violation.field() + ": " + violation.message();
                faces.addMessage(FORM + ":consent-messages",
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
            }
            faces.validationFailed();
        }
    }

    /** Keeps the channel valid when the purpose changes. */
    public void purposeChanged() {
        List<String> channels = getChannels();
        if (!channels.contains(channel)) {
            channel = channels.get(0);
        }
    }

    public List<String> getPurposes() {
        return consents.purposes().stream().map(ConsentPurpose::slug).toList();
    }

    public List<String> getChannels() {
        return ConsentPurpose.bySlug(purpose).orElse(ConsentPurpose.DATA_PROCESSING).channels().stream()
                .map(Enum::name).toList();
    }

    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public String getGuardianName() { return guardianName; }
    public void setGuardianName(String guardianName) { this.guardianName = guardianName; }
    public String getGuardianRelation() { return guardianRelation; }
    public void setGuardianRelation(String guardianRelation) { this.guardianRelation = guardianRelation; }
}
