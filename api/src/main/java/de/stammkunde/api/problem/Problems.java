package de.stammkunde.api.problem;

import de.stammkunde.shared.i18n.Languages;
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
        return of(code, code.slug(), locale, instance, detail, errors);
    }

    /**
     * A problem of the given kind with a more specific stable code (e.g. {@code tenant-suspended}).
     * Its detail is the bundle's text for that code where there is one, else the given detail,
     * else the kind's generic text.
     */
    public static Problem of(ProblemCode kind, String code, Locale locale, String instance, String detail,
                             List<Problem.FieldError> errors) {
        ResourceBundle texts = texts(locale);
        String errorId = kind.status() >= 500 ? newErrorId() : null;
        String specific = code + ".detail";
        String text = texts.containsKey(specific) ? texts.getString(specific)
                : detail != null ? detail : texts.getString(kind.slug() + ".detail");
        return new Problem(ProblemCode.TYPE_BASE + code, texts.getString(kind.slug() + ".title"), kind.status(),
                text, instance, code, errorId, errors);
    }

    public static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, Languages.supported(locale));
    }

    private static String newErrorId() {
        return UUID.randomUUID().toString();
    }
}
