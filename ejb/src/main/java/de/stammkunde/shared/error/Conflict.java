package de.stammkunde.shared.error;

import java.util.List;

/**
 * The request contradicts the current state, e.g. a slug or an email that is taken already.
 * {@code facts} name what the caller needs to decide (the balance, who redeemed a code when); they
 * reach the caller as the problem's field errors.
 */
public class Conflict extends ApplicationException {

    private final List<Invalid.Violation> facts;

    public Conflict(String code, String message) {
        this(code, message, List.of());
    }

    public Conflict(String code, String message, List<Invalid.Violation> facts) {
        super(code, message);
        this.facts = List.copyOf(facts);
    }

    public List<Invalid.Violation> facts() {
        return facts;
    }
}
