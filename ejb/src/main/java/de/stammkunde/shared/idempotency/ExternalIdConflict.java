package de.stammkunde.shared.idempotency;

import de.stammkunde.shared.error.ApplicationException;

/** The caller's external id names a record that was created from a different request. */
public class ExternalIdConflict extends ApplicationException {

    public ExternalIdConflict(String kind, String externalId) {
        super("external-id-conflict", "External id " + externalId + " of " + kind + " belongs to a different request");
    }
}
