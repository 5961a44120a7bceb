package de.stammkunde.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Collections;
import java.util.Locale;

/**
 * The language of the pages: the user's own choice (remembered in a cookie), else the first of
 * German and English that the browser asks for, else German (the servlet container would
 * otherwise fall back to the JVM's locale).
 */
@Named
@RequestScoped
public class UiLocale {

    @Inject
    HttpServletRequest request;

    public static final String COOKIE = "stammkunde-lang";

    public Locale getCurrent() {
        if (request.getCookies() != null) {
            for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && LanguageSwitch.SUPPORTED.contains(cookie.getValue())) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        if (request.getHeader("Accept-Language") == null) {
            return Locale.GERMAN;
        }
        return Collections.list(request.getLocales()).stream()
                .map(Locale::getLanguage)
                .filter(language -> language.equals("de") || language.equals("en"))
                .findFirst()
                .map(Locale::forLanguageTag)
                .orElse(Locale.GERMAN);
    }
}
