package de.stammkunde.shared.idempotency;

import de.stammkunde.shared.error.ApplicationException;

/** The idempotency key was used before for a different request (another path or body). */
public class KeyReused extends ApplicationException {

    public KeyReused(String key) {
        super("idempotency-key-reused", "Idempotency key " + key + " belongs to a different request");
    }
}
