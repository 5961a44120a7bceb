package de.stammkunde.web.loyalty;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The points-per-euro ratio as people type it: "0,5" or "0.5" in either language (a ratio up to
 * 1000 needs no thousands separator, so a comma or a point can only be the decimal one), shown as
 * the page's language writes it.
 */
@FacesConverter("ratio")
public class RatioConverter implements Converter<BigDecimal> {

    private static final Pattern RATIO = Pattern.compile("^\\d{1,4}([.,]\\d{1,4})?$");

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Locale locale = context.getViewRoot().getLocale();
        return parse(value).orElseThrow(() -> {
            String text = ResourceBundle.getBundle("de.stammkunde.web.messages", locale)
                    .getString("loyaltySettings.invalid.pointsPerEuro");
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : format(value, context.getViewRoot().getLocale());
    }

    static Optional<BigDecimal> parse(String typed) {
        String plain = typed.replaceAll("[\\s\\u00a0]", "");
        return RATIO.matcher(plain).matches() ? Optional.of(new BigDecimal(plain.replace(',', '.'))) : Optional.empty();
    }

    static String format(BigDecimal value, Locale locale) {
        DecimalFormat format = new DecimalFormat("0.####",
                DecimalFormatSymbols.getInstance("en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN));
        return format.format(value);
    }
}
