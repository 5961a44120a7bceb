package de.stammkunde.web.loyalty;

import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;

/**
 * Texts with numbers in them, formatted in the page's language and with its plural forms
 * ("1 Punkt", "1.250 Punkte", "1 client"): the bundle's patterns use {@code {0,number,integer}}
 * and {@code {0,choice,…}}, so numbers are passed as numbers.
 */
final class LoyaltyTexts {

    private LoyaltyTexts() {
    }

    static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }
}
