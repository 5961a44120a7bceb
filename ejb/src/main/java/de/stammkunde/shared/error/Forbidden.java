package de.stammkunde.shared.error;

/** The caller is known but may not do this, e.g. a member who is not the business's owner. */
public class Forbidden extends ApplicationException {

    public Forbidden(String code, String message) {
        super(code, message);
    }
}
