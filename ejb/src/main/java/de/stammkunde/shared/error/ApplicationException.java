package de.stammkunde.shared.error;

/**
 * The root of the few exceptions application services throw on purpose. Each carries a stable
 * code that the API turns into a problem type; the transaction is rolled back.
 */
@jakarta.ejb.ApplicationException(rollback = true, inherited = true)
public abstract class ApplicationException extends RuntimeException {

    private final String code;

    protected ApplicationException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
