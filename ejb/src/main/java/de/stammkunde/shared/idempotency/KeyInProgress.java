package de.stammkunde.shared.idempotency;

import de.stammkunde.shared.error.Conflict;

/** Another request with the same idempotency key has not finished yet; try again shortly. */
public class KeyInProgress extends Conflict {

    public KeyInProgress(String key) {
        super("idempotency-key-in-progress", "A request with idempotency key " + key + " is still in progress");
    }
}
