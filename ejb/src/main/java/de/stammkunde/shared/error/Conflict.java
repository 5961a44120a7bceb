package de.stammkunde.shared.error;

/** The request contradicts the current state, e.g. a slug or an email that is taken already. */
public class Conflict extends ApplicationException {

    public Conflict(String code, String message) {
        super(code, message);
    }
}
