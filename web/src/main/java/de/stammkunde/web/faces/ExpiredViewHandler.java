package de.stammkunde.web.faces;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.RequestDispatcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.ResourceBundle;

/**
 * A form sent from a page whose view is gone (the session expired, the server restarted, or the
 * request was forged without a valid view state) changes nothing: the user is sent to a fresh
 * copy of the same page, with a note, instead of an error. Ajax requests get the same redirect
 * as a partial response.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

    public ExpiredViewHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable cause = events.next().getContext().getException();
            while (cause instanceof FacesException && !(cause instanceof ViewExpiredException)
                    && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof ViewExpiredException) {
                events.remove();
                reload(FacesContext.getCurrentInstance());
            }
        }
        getWrapped().handle();
    }

    private static void reload(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        Object original = external.getRequestMap().get(RequestDispatcher.FORWARD_REQUEST_URI);
        String target = original != null ? original.toString()
                : external.getRequestContextPath() + external.getRequestServletPath();
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        String text = texts.getString("session.expired");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Installs the handler in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViewHandler(getWrapped().getExceptionHandler());
        }
    }
}
