package de.stammkunde.tenancy.application;

/** How one tenant's schema migration ended: the version it is at now, or the error. */
public record MigrationOutcome(String slug, String schemaVersion, String error) {

    public boolean failed() {
        return error != null;
    }
}
