package de.stammkunde.shared.config;

/**
 * Every setting the application reads at run time. Each one is an environment variable with
 * a default that suits the local platform started by {@code bin/run}; the README lists them.
 */
public enum Setting {

    PUBLIC_URL("STAMMKUNDE_PUBLIC_URL", "http://localhost:8080", false,
            "Base URL under which users reach the consoles and the API"),
    KEYCLOAK_URL("KEYCLOAK_URL", "http://localhost:8180", false,
            "Base URL of Keycloak as the browser and the server reach it"),
    KEYCLOAK_REALM("KEYCLOAK_REALM", "stammkunde", false,
            "Keycloak realm holding staff, clients and operators"),
    KEYCLOAK_ADMIN_CLIENT_SECRET("KEYCLOAK_ADMIN_CLIENT_SECRET", "dev-admin-secret", true,
            "Secret of the service account that manages organizations"),
    MAIL_FROM("STAMMKUNDE_MAIL_FROM", "Stammkunde <no-reply@stammkunde.local>", false,
            "Sender address of every email the platform sends"),
    BOOKING_LIMIT("STAMMKUNDE_BOOKING_LIMIT", "10", false,
            "Online bookings one IP address may send to one business per 10 minutes"),
    SLOT_QUERY_LIMIT("STAMMKUNDE_SLOT_QUERY_LIMIT", "60", false,
            "Free-slot queries one IP address may send to one business per minute"),
    OUTBOX_RETRY_SECONDS("STAMMKUNDE_OUTBOX_RETRY_SECONDS", "60", false,
            "Wait before a failed message is tried again; doubled per attempt, at most six hours"),
    OUTBOX_MAX_ATTEMPTS("STAMMKUNDE_OUTBOX_MAX_ATTEMPTS", "8", false,
            "Attempts before a message that keeps failing is dead-lettered"),
    JOB_CLOCK("STAMMKUNDE_JOB_CLOCK", "false", false,
            "true lets operators run background jobs as of another time (for tests; never in production)"),
    SMS_GATEWAY_URL("STAMMKUNDE_SMS_GATEWAY_URL", "", false,
            "URL to which SMS are posted; blank keeps them in the development gateway's table instead"),
    SMS_GATEWAY_TOKEN("STAMMKUNDE_SMS_GATEWAY_TOKEN", "", true,
            "Bearer token for the SMS gateway"),
    SMS_SENDER("STAMMKUNDE_SMS_SENDER", "Stammkunde", false,
            "Sender name or number shown on SMS");

    private final String variable;
    private final String defaultValue;
    private final boolean secret;
    private final String description;

    Setting(String variable, String defaultValue, boolean secret, String description) {
        this.variable = variable;
        this.defaultValue = defaultValue;
        this.secret = secret;
        this.description = description;
    }

    public String variable() {
        return variable;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public boolean secret() {
        return secret;
    }

    public String description() {
        return description;
    }
}
