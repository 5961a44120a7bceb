package de.stammkunde.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Faces messages from the console's texts ({@code msg} bundle) in the current view's language. */
public final class ConsoleMessages {

    private ConsoleMessages() {
    }

    /** The text of {@code key} with its {@code {0}}, {@code {1}}… filled in. */
    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        return MessageFormat.format(texts.getString(key), arguments);
    }

    /** Whether the texts have {@code key} (for texts chosen by an error's code). */
    public static boolean has(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").containsKey(key);
    }

    /** Adds the message for the component {@code clientId}, or for the page when it is null. */
    public static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
