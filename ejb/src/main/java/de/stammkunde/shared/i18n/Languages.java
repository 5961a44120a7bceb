package de.stammkunde.shared.i18n;

import java.util.List;
import java.util.Locale;

/** Stammkunde speaks German and English; German is the default. */
public final class Languages {

    public static final Locale GERMAN = Locale.GERMAN;

    private Languages() {
    }

    public static boolean isSupported(String language) {
        return "de".equals(language) || "en".equals(language);
    }

    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : GERMAN;
    }

    /** The first supported language among those the caller accepts, in the caller's order; else German. */
    public static Locale preferred(List<Locale> acceptable) {
        return acceptable.stream()
                .filter(locale -> isSupported(locale.getLanguage()))
                .findFirst()
                .map(Languages::supported)
                .orElse(GERMAN);
    }
}
