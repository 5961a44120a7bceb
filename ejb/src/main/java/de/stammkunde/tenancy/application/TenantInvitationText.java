package de.stammkunde.tenancy.application;

/** The owner's invitation email, in the tenant's language. */
final class TenantInvitationText {

    private TenantInvitationText() {
    }

    static String subject(NewTenant tenant) {
        return german(tenant)
                ? "Willkommen bei Stammkunde: " + tenant.name()
                : "Welcome to Stammkunde: " + tenant.name();
    }

    static String body(NewTenant tenant, String consoleUrl, boolean newAccount) {
        if (german(tenant)) {
            return """
                    Guten Tag,

                    für %s wurde ein Stammkunde-Konto eingerichtet. Sie sind als Inhaber:in eingetragen.

                    Zur Business-Konsole: %s
                    %s
                    Ihr Stammkunde-Team
                    """.formatted(tenant.name(), consoleUrl, newAccount
                    ? "\nIn einer zweiten E-Mail erhalten Sie einen Link, mit dem Sie Ihr Passwort festlegen.\n"
                    : "\nMelden Sie sich mit Ihrem bestehenden Stammkunde-Zugang an.\n");
        }
        return """
                Hello,

                a Stammkunde account has been set up for %s. You are registered as its owner.

                Business console: %s
                %s
                Your Stammkunde team
                """.formatted(tenant.name(), consoleUrl, newAccount
                ? "\nA second email brings a link to choose your password.\n"
                : "\nSign in with your existing Stammkunde login.\n");
    }

    private static boolean german(NewTenant tenant) {
        return "de".equals(tenant.locale().getLanguage());
    }
}
