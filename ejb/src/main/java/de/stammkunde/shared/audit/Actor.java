package de.stammkunde.shared.audit;

import java.util.Objects;

/** Who made a change: a staff user, a client through the portal, an API key, or the system itself. */
public record Actor(Kind kind, String id, String displayName) {

    public enum Kind { STAFF, OPERATOR, CLIENT, API_KEY, SYSTEM }

    public static final Actor SYSTEM = new Actor(Kind.SYSTEM, "system", "Stammkunde");

    public Actor {
        Objects.requireNonNull(kind, "kind");
    }
}
