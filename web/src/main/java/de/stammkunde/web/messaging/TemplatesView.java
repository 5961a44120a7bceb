package de.stammkunde.web.messaging;

import de.stammkunde.messaging.application.PreviewView;
import de.stammkunde.messaging.application.TemplateView;
import de.stammkunde.messaging.application.Templates;
import de.stammkunde.messaging.domain.MessageChannel;
import de.stammkunde.messaging.domain.MessageKind;
import de.stammkunde.messaging.domain.TemplateText;
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
import java.util.List;

/**
 * The message templates in the console: every kind, channel and language with the wording in use
 * (the business's own or the default), and the editor with a live preview on a sample client.
 * Problems with a wording are shown at its field; nothing is saved until it is valid. Owners and
 * managers only, like the settings.
 */
@Named
@ViewScoped
public class TemplatesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "template-form";

    @Inject
    Templates templates;

    @Inject
    ConsoleSession console;

    private List<TemplateView> list = List.of();
    private String kind;
    private String channel;
    private String language;
    private boolean custom;
    private long version;
    private List<String> placeholders = List.of();
    private String subject;
    private String body;
    private PreviewView preview;

    public void load() throws IOException {
        if (!console.admitsManagers()) {
            return;
        }
        if (!FacesContext.getCurrentInstance().isPostback()) {
            list = templates.list();
        }
    }

    public void edit(String kindSlug, String channelName, String languageCode) {
        kind = kindSlug;
        channel = channelName;
        language = languageCode;
        show(templates.view(kind(), channel(), language));
        preview = templates.preview(kind(), channel(), language, text());
    }

    /** Renders the wording as it is typed; what is wrong with it is shown at its field. */
    public void updatePreview() {
        preview = templates.preview(kind(), channel(), language, text());
        problems(preview.problems());
    }

    public void save() {
        if (!console.isManagesSettings()) {
            return;
        }
        try {
            show(templates.save(kind(), channel(), language, text(), version));
            list = templates.list();
            ConsoleMessages.add(null, FacesMessage.SEVERITY_INFO, "templates.saved");
        } catch (Invalid invalid) {
            problems(invalid.violations());
            ConsoleMessages.add(null, FacesMessage.SEVERITY_ERROR, "templates.notSaved");
            FacesContext.getCurrentInstance().validationFailed();
        } catch (Conflict changed) {
            show(templates.view(kind(), channel(), language));
            preview = templates.preview(kind(), channel(), language, text());
            ConsoleMessages.add(null, FacesMessage.SEVERITY_WARN, "templates.changedMeanwhile");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Back to the product's wording (after a confirmation on the page). */
    public void reset() {
        if (!console.isManagesSettings()) {
            return;
        }
        show(templates.reset(kind(), channel(), language));
        preview = templates.preview(kind(), channel(), language, text());
        list = templates.list();
        ConsoleMessages.add(null, FacesMessage.SEVERITY_INFO, "templates.resetDone");
    }

    public void close() {
        kind = null;
        preview = null;
        list = templates.list();
    }

    private void show(TemplateView view) {
        custom = view.custom();
        version = view.version();
        subject = view.subject();
        body = view.body();
        placeholders = view.placeholders().stream().map(name -> "{{" + name + "}}").toList();
    }

    private TemplateText text() {
        return new TemplateText(isEmail() ? subject : null, body);
    }

    private static void problems(List<Invalid.Violation> violations) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Invalid.Violation violation : violations) {
            String text = TemplateProblems.describe(violation.message());
            faces.addMessage(FORM + ":" + violation.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    private MessageKind kind() {
        return MessageKind.bySlug(kind).orElseThrow();
    }

    private MessageChannel channel() {
        return MessageChannel.valueOf(channel);
    }

    public boolean isEditing() { return kind != null; }
    public boolean isEmail() { return MessageChannel.EMAIL.name().equals(channel); }
    public boolean isCustom() { return custom; }
    public List<TemplateView> getList() { return list; }
    public String getKind() { return kind; }
    public String getChannel() { return channel; }
    public String getLanguage() { return language; }
    public List<String> getPlaceholders() { return placeholders; }
    public PreviewView getPreview() { return preview; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
}
