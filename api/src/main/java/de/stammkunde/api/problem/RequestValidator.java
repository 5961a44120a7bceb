package de.stammkunde.api.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import de.stammkunde.shared.error.Invalid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Bean Validation at the edge: checks a request record's constraints and answers with every bad
 * field at once, before anything reaches an application service. {@link #convert} adds what the
 * domain's own checks find (a time zone that does not exist, a birthday 200 years ago), so the
 * caller learns of every bad field in one answer.
 */
@ApplicationScoped
public class RequestValidator {

    @Inject
    Validator validator;

    /** The request checked at the edge and turned into its domain value by {@code toDomain}. */
    public <R, T> T convert(R request, Function<R, T> toDomain) {
        List<Problem.FieldError> errors = new ArrayList<>(violations(request));
        if (errors.isEmpty()) {
            return toDomain.apply(request);
        }
        Set<String> named = errors.stream().map(Problem.FieldError::field).collect(Collectors.toSet());
        try {
            toDomain.apply(request);
        } catch (Invalid invalid) {
            invalid.violations().stream()
                    .filter(violation -> !named.contains(violation.field()))
                    .forEach(violation -> errors.add(new Problem.FieldError(violation.field(), violation.message())));
        } catch (RuntimeException ignored) {
            // the edge's errors already explain why the request cannot be used
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        throw new InvalidRequest(errors);
    }

    private List<Problem.FieldError> violations(Object request) {
        if (request == null) {
            throw InvalidRequest.field("body", "required");
        }
        return validator.validate(request).stream().map(RequestValidator::fieldError).toList();
    }

    private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
        return new Problem.FieldError(violation.getPropertyPath().toString(), violation.getMessage());
    }
}
