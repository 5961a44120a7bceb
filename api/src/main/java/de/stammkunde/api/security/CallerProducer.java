package de.stammkunde.api.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.RealmAccessClaim;

import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Reads the caller from the access token that WildFly's OIDC mechanism has already verified. */
@RequestScoped
public class CallerProducer {

    static final String ORGANIZATION_CLAIM = "organization";

    @Inject
    HttpServletRequest request;

    /** Dependent: a record cannot be proxied, and the producer itself lives per request. */
    @Produces
    public Caller caller() {
        return of(request.getUserPrincipal()).orElseThrow(() -> new NotAuthorizedException("Bearer"));
    }

    /** The caller behind a principal that WildFly's OIDC mechanism established, if it is one. */
    public static Optional<Caller> of(Principal principal) {
        if (!(principal instanceof OidcPrincipal<?> oidc)) {
            return Optional.empty();
        }
        AccessToken token = oidc.getOidcSecurityContext().getToken();
        return Optional.of(new Caller(token.getSubject(), token.getPreferredUsername(), token.getEmail(),
                token.getName(), realmRoles(token), organizations(token.getClaimValue(ORGANIZATION_CLAIM))));
    }

    private static List<String> realmRoles(AccessToken token) {
        RealmAccessClaim realmAccess = token.getRealmAccessClaim();
        if (realmAccess == null || realmAccess.getRoles() == null) {
            return List.of();
        }
        return realmAccess.getRoles().stream().sorted().toList();
    }

    /**
     * Keycloak writes the claim as a list of aliases, or as an object keyed by alias when the
     * organization mapper adds ids or attributes; both mean the same organizations.
     */
    static List<String> organizations(Object claim) {
        if (claim instanceof Map<?, ?> map) {
            return map.keySet().stream().map(Objects::toString).sorted().toList();
        }
        if (claim instanceof Collection<?> collection) {
            return collection.stream().map(Objects::toString).map(CallerProducer::unquote).sorted().toList();
        }
        return List.of();
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
