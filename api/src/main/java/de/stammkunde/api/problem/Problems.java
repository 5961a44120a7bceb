package de.stammkunde.api.problem;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;

/** Builds problems with texts in the caller's language (German unless English is preferred). */
public final class Problems {

    private static final String BUNDLE = "de.stammkunde.api.problem.problems";

    private Problems() {
    }

    public static Problem of(ProblemCode code, Locale locale, String instance) {
        return of(code, locale, instance, null, List.of());
    }

    public static Problem of(ProblemCode code, Locale locale, String instance, String detail,
                             List<Problem.FieldError> errors) {
        ResourceBundle texts = texts(locale);
        String errorId = code.status() >= 500 ? newErrorId() : null;
        String text = detail != null ? detail : texts.getString(code.slug() + ".detail");
        return new Problem(code.type(), texts.getString(code.slug() + ".title"), code.status(), text,
                instance, code.slug(), errorId, errors);
    }

    public static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, ApiLocales.supported(locale));
    }

    private static String newErrorId() {
        return UUID.randomUUID().toString();
    }
}
