package de.stammkunde.loyalty.domain;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The descriptions automatic ledger entries carry, in the business's language (German unless it
 * is English), so that every entry explains itself: "Rechnung 42 bezahlt: 75,00 € × 1".
 */
public final class LedgerTexts {

    private LedgerTexts() {
    }

    public static String payment(String language, long invoiceId, long totalCents, BigDecimal pointsPerEuro) {
        Locale locale = locale(language);
        NumberFormat euros = NumberFormat.getNumberInstance(locale);
        euros.setMinimumFractionDigits(2);
        euros.setMaximumFractionDigits(2);
        String amount = euros.format(BigDecimal.valueOf(totalCents, 2));
        String ratio = NumberFormat.getNumberInstance(locale).format(pointsPerEuro);
        return english(language)
                ? "Invoice " + invoiceId + " paid: €" + amount + " × " + ratio + " points per euro"
                : "Rechnung " + invoiceId + " bezahlt: " + amount + " € × " + ratio + " Punkte pro Euro";
    }

    public static String session(String language, long appointmentId, String sessionTypeName) {
        return english(language)
                ? "Session " + sessionTypeName + " confirmed (appointment " + appointmentId + ")"
                : "Termin " + sessionTypeName + " bestätigt (Termin " + appointmentId + ")";
    }

    public static String referral(String language, String friend) {
        return english(language) ? "Referral: " + friend + " came" : "Empfehlung: " + friend + " ist gekommen";
    }

    public static String welcome(String language, String referrer) {
        return english(language) ? "Welcome bonus, referred by " + referrer
                : "Willkommensbonus, empfohlen von " + referrer;
    }

    public static String invoiceRefunded(String language, long invoiceId) {
        return english(language)
                ? "Invoice " + invoiceId + " refunded: its points taken back"
                : "Rechnung " + invoiceId + " erstattet: ihre Punkte zurückgebucht";
    }

    public static String sessionCancelled(String language, long appointmentId) {
        return english(language)
                ? "Confirmed appointment " + appointmentId + " cancelled: its points taken back"
                : "Bestätigter Termin " + appointmentId + " storniert: seine Punkte zurückgebucht";
    }

    private static boolean english(String language) {
        return "en".equals(language);
    }

    private static Locale locale(String language) {
        return english(language) ? Locale.ENGLISH : Locale.GERMAN;
    }
}
