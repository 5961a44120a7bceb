package de.stammkunde.tenancy.domain;

import java.util.regex.Pattern;

/**
 * The short name of a tenant: in URLs, as the Keycloak organization alias, and the source of the
 * names of its database schema and role. Schema and role names are derived only from a valid
 * slug, so no other text ever reaches the DDL that creates them.
 */
public record TenantSlug(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[a-z][a-z0-9-]{2,39}$");

    public TenantSlug {
        if (value == null || !SHAPE.matcher(value).matches() || value.endsWith("-") || value.contains("--")) {
            throw new InvalidTenantSlug(value);
        }
    }

    public static boolean isValid(String value) {
        try {
            new TenantSlug(value);
            return true;
        } catch (InvalidTenantSlug e) {
            return false;
        }
    }

    /** The schema holding all of the tenant's tables: {@code t_<slug>} with {@code _} for {@code -}. */
    public String schemaName() {
        return "t_" + value.replace('-', '_');
    }

    /** The NOLOGIN role that owns the schema; the application switches to it for the tenant's work. */
    public String roleName() {
        return schemaName() + "_owner";
    }

    @Override
    public String toString() {
        return value;
    }

    /** Not a tenant slug: 3 to 40 characters, lower-case letters, digits and single hyphens, starting with a letter. */
    public static final class InvalidTenantSlug extends IllegalArgumentException {
        public InvalidTenantSlug(String value) {
            super("Not a valid tenant slug: " + value);
        }
    }
}
