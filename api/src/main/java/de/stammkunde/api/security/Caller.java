package de.stammkunde.api.security;

import java.util.List;

/**
 * Who is calling, as the verified access token says: the subject, the realm roles and the
 * aliases of the organizations (tenants) the token names.
 */
public record Caller(String subject, String username, String email, String name,
                     List<String> roles, List<String> organizations) {

    public Caller {
        roles = List.copyOf(roles);
        organizations = List.copyOf(organizations);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
