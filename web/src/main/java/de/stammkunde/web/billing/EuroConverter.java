package de.stammkunde.web.billing;

import de.stammkunde.billing.domain.EuroAmount;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** An input of euros ("42,50" in German, "42.50" in English) bound to a number of cents. */
@FacesConverter("euro")
public class EuroConverter implements Converter<Long> {

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Locale locale = context.getViewRoot().getLocale();
        return EuroAmount.parse(value, locale).map(EuroAmount::cents).orElseThrow(() -> {
            String text = ResourceBundle.getBundle("de.stammkunde.web.messages", locale).getString("money.invalid");
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long cents) {
        if (cents == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(
                "en".equals(context.getViewRoot().getLocale().getLanguage()) ? Locale.ENGLISH : Locale.GERMANY);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(false);
        return format.format(BigDecimal.valueOf(cents, 2));
    }
}
