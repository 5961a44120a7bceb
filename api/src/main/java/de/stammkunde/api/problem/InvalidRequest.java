package de.stammkunde.api.problem;

import java.util.List;

/** A request whose fields are wrong; names every bad field. */
public class InvalidRequest extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public InvalidRequest(List<Problem.FieldError> errors) {
        super("Invalid request: " + errors);
        this.errors = List.copyOf(errors);
    }

    public static InvalidRequest field(String field, String message) {
        return new InvalidRequest(List.of(new Problem.FieldError(field, message)));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
