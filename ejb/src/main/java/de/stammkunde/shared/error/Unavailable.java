package de.stammkunde.shared.error;

/** A service the request needs (identity provider, mail server) failed; nothing was changed. */
public class Unavailable extends ApplicationException {

    public Unavailable(String code, String message) {
        super(code, message);
    }
}
