package de.stammkunde.it;

/** Where the test platform runs; the build passes these as system properties. */
public final class TestPlatform {

    /** The newest version in db/tenant; raise it with every tenant migration. */
    public static final String TENANT_SCHEMA_VERSION = "22";

    private TestPlatform() {
    }

    public static String baseUrl() {
        return required("it.base.url");
    }

    public static String apiUrl() {
        return baseUrl() + "/api";
    }

    public static String keycloakUrl() {
        return required("it.keycloak.url");
    }

    public static String realmUrl() {
        return keycloakUrl() + "/realms/stammkunde";
    }

    public static String mailApiUrl() {
        return required("it.mail.api.url");
    }

    public static String databaseUrl() {
        return required("it.db.url");
    }

    public static String earPath() {
        return required("stammkunde.ear");
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set; run the tests with mvn verify");
        }
        return value;
    }
}
