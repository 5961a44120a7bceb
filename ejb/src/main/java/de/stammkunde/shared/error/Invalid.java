package de.stammkunde.shared.error;

import java.util.List;

/** Input that breaks the rules; names every offending field. */
public class Invalid extends ApplicationException {

    /** One field and what is wrong with it. */
    public record Violation(String field, String message) {
    }

    private final List<Violation> violations;

    public Invalid(List<Violation> violations) {
        super("validation-failed", "Invalid input: " + violations);
        this.violations = List.copyOf(violations);
    }

    public static Invalid field(String field, String message) {
        return new Invalid(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
