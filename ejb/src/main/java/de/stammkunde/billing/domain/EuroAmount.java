package de.stammkunde.billing.domain;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount of euros in cents, as people read and type it: "42,00 €" in German, "€42.00" in
 * English; typed as "42", "42,5", "1.234,56" (German) or "42.5", "1,234.56" (English).
 */
public record EuroAmount(long cents) {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Pattern GERMAN = Pattern.compile("^\\d{1,3}(\\.\\d{3})*(,\\d{1,2})?$|^\\d+(,\\d{1,2})?$");
    private static final Pattern ENGLISH = Pattern.compile("^\\d{1,3}(,\\d{3})*(\\.\\d{1,2})?$|^\\d+(\\.\\d{1,2})?$");

    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(german(locale) ? Locale.GERMANY : Locale.ENGLISH);
        format.setCurrency(EUR);
        return format.format(BigDecimal.valueOf(cents, 2));
    }

    /** The amount typed in the given language, with or without "€"; empty when it is no amount. */
    public static Optional<EuroAmount> parse(String text, Locale locale) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = text.replace("€", "").replace("EUR", "").replaceAll("[\\s\\u00a0]", "");
        boolean german = german(locale);
        if (!(german ? GERMAN : ENGLISH).matcher(plain).matches()) {
            return Optional.empty();
        }
        String decimal = german ? plain.replace(".", "").replace(',', '.') : plain.replace(",", "");
        try {
            return Optional.of(new EuroAmount(new BigDecimal(decimal).movePointRight(2).longValueExact()));
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static boolean german(Locale locale) {
        return locale == null || !"en".equals(locale.getLanguage());
    }
}
