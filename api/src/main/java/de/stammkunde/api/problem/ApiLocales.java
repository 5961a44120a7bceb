package de.stammkunde.api.problem;

import java.util.List;
import java.util.Locale;

/** The API speaks German and English; German is the default. */
public final class ApiLocales {

    public static final Locale GERMAN = Locale.GERMAN;

    private ApiLocales() {
    }

    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : GERMAN;
    }

    /** The first supported language among those the caller accepts, in the caller's order. */
    public static Locale preferred(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            String language = locale.getLanguage();
            if ("de".equals(language) || "en".equals(language)) {
                return supported(locale);
            }
        }
        return GERMAN;
    }
}
