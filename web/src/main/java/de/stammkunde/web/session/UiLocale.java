package de.stammkunde.web.session;

import de.stammkunde.shared.i18n.Languages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The language of the pages: the user's own choice (remembered in a cookie), else the first of
 * German and English that the browser asks for, else German (the servlet container would
 * otherwise fall back to the JVM's locale).
 */
@Named
@RequestScoped
public class UiLocale {

    public static final String COOKIE = "stammkunde-lang";

    @Inject
    HttpServletRequest request;

    public Locale getCurrent() {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && Languages.isSupported(cookie.getValue())) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        return Languages.preferred(request.getHeader("Accept-Language") == null
                ? List.of() : Collections.list(request.getLocales()));
    }
}
