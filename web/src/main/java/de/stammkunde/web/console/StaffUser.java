package de.stammkunde.web.console;

import org.wildfly.security.http.oidc.OidcPrincipal;

import java.security.Principal;
import java.util.Optional;

/** The signed-in staff user as the console needs them: the Keycloak subject and a display name. */
public record StaffUser(String subject, String displayName, boolean operator) {

    public static Optional<StaffUser> of(Principal principal, boolean operator) {
        if (!(principal instanceof OidcPrincipal<?> oidc)) {
            return Optional.empty();
        }
        var token = oidc.getOidcSecurityContext().getToken();
        String name = token.getName() != null ? token.getName() : token.getPreferredUsername();
        return Optional.of(new StaffUser(token.getSubject(), name, operator));
    }
}
