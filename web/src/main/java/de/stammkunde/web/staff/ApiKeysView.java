package de.stammkunde.web.staff;

import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.tenancy.application.ApiKeyView;
import de.stammkunde.tenancy.application.ApiKeys;
import de.stammkunde.tenancy.application.NewApiKey;
import de.stammkunde.tenancy.domain.TenantContext;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The API keys section of the staff page: the business's keys, a form to create one whose secret
 * is shown once right after, and revocation. Who may do it is decided by {@link ApiKeys}.
 */
@Named
@ViewScoped
public class ApiKeysView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiKeys keys;

    private List<ApiKeyView> list;
    private String name;
    private String secret;

    public List<ApiKeyView> getKeys() {
        if (list == null) {
            refresh();
        }
        return list;
    }

    public void create() {
        try {
            NewApiKey created = keys.create(TenantContext.require(), AuditContext.current().actor(), name);
            secret = created.secret();
            message(null, FacesMessage.SEVERITY_INFO, "apiKeys.created", created.key().name());
            name = null;
            refresh();
        } catch (Invalid invalid) {
            message("api-key-form:name", FacesMessage.SEVERITY_ERROR, "apiKeys.invalid.name");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void revoke(ApiKeyView key) {
        try {
            keys.revoke(TenantContext.require(), AuditContext.current().actor(), key.id());
            message(null, FacesMessage.SEVERITY_INFO, "apiKeys.revoked", key.name());
        } catch (NotFound gone) {
            message(null, FacesMessage.SEVERITY_WARN, "apiKeys.gone");
        }
        secret = null;
        refresh();
    }

    private void refresh() {
        list = keys.list(TenantContext.require(), AuditContext.current().actor());
    }

    private static void message(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        String text = MessageFormat.format(texts.getString(key), arguments);
        faces.addMessage(clientId, new FacesMessage(severity, text, text));
    }

    /** The secret of the key created by the last action, only until the next one. */
    public String getSecret() {
        return secret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
