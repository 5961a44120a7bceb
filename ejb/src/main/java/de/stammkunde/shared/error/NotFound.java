package de.stammkunde.shared.error;

/** What was asked for does not exist (or is not visible to the caller, which is the same to them). */
public class NotFound extends ApplicationException {

    public NotFound(String code, String message) {
        super(code, message);
    }
}
