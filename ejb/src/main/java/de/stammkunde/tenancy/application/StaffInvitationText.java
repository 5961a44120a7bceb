package de.stammkunde.tenancy.application;

import de.stammkunde.tenancy.domain.StaffRole;

import java.util.Locale;

/** A staff member's invitation email, in the business's language; the counterpart of {@link TenantInvitationText}. */
final class StaffInvitationText {

    private StaffInvitationText() {
    }

    static String subject(String business, Locale locale) {
        return german(locale)
                ? "Einladung zu Stammkunde: " + business
                : "Invitation to Stammkunde: " + business;
    }

    static String body(String business, StaffRole role, String invitedBy, Locale locale, String consoleUrl,
                       boolean newAccount) {
        if (german(locale)) {
            return """
                    Guten Tag,

                    %s hat Sie in das Team von %s bei Stammkunde eingeladen. Ihre Rolle: %s.

                    Zur Business-Konsole: %s
                    %s
                    Ihr Stammkunde-Team
                    """.formatted(invitedBy, business, germanRole(role), consoleUrl, newAccount
                    ? "\nIn einer zweiten E-Mail erhalten Sie einen Link, mit dem Sie Ihr Passwort festlegen.\n"
                    : "\nMelden Sie sich mit Ihrem bestehenden Stammkunde-Zugang an.\n");
        }
        return """
                Hello,

                %s has invited you to the team of %s on Stammkunde. Your role: %s.

                Business console: %s
                %s
                Your Stammkunde team
                """.formatted(invitedBy, business, englishRole(role), consoleUrl, newAccount
                ? "\nA second email brings a link to choose your password.\n"
                : "\nSign in with your existing Stammkunde login.\n");
    }

    private static String germanRole(StaffRole role) {
        return switch (role) {
            case OWNER -> "Inhaber:in";
            case MANAGER -> "Manager:in";
            case STAFF -> "Mitarbeiter:in";
        };
    }

    private static String englishRole(StaffRole role) {
        return switch (role) {
            case OWNER -> "owner";
            case MANAGER -> "manager";
            case STAFF -> "staff member";
        };
    }

    private static boolean german(Locale locale) {
        return "de".equals(locale.getLanguage());
    }
}
