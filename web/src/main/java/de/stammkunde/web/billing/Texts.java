package de.stammkunde.web.billing;

import de.stammkunde.shared.error.Invalid;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Messages of the invoice pages in the page's language, next to a field or for the whole page. */
final class Texts {

    private Texts() {
    }

    static void message(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        String text = MessageFormat.format(texts.getString(key), arguments);
        faces.addMessage(clientId, new FacesMessage(severity, text, text));
    }

    /**
     * Each violation next to its field: {@code lines[2].quantity} belongs to the component
     * {@code form:lines:2:quantity}; the text is the page's own where it has one
     * ({@code billing.invalid.quantity}), else the rule's.
     */
    static void violations(String form, Invalid invalid) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        for (Invalid.Violation violation : invalid.violations()) {
            String field = violation.field();
            String clientId = form + ":" + field.replaceAll("\\[(\\d+)]\\.", ":$1:");
            String simple = field.substring(field.lastIndexOf('.') + 1);
            String text = texts.containsKey("billing.invalid." + simple)
                    ? texts.getString("billing.invalid." + simple) : violation.message();
            faces.addMessage("lines".equals(field) ? null : clientId,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        faces.validationFailed();
    }
}
