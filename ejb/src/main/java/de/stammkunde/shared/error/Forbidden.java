package de.stammkunde.shared.error;

/** The caller is known and belongs here, but their role does not allow this (e.g. not the owner). */
public class Forbidden extends ApplicationException {

    public Forbidden(String code, String message) {
        super(code, message);
    }
}
