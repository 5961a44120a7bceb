package de.stammkunde.operator.console;

import de.stammkunde.shared.i18n.Languages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The language of the operator pages: the browser's first of German and English, else German. */
@Named
@RequestScoped
public class UiLocale {

    @Inject
    HttpServletRequest request;

    public Locale getCurrent() {
        return Languages.preferred(request.getHeader("Accept-Language") == null
                ? List.of() : Collections.list(request.getLocales()));
    }
}
