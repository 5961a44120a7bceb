package de.stammkunde.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;

/** The user signed in through Keycloak, as the pages show them. */
@Named
@RequestScoped
public class SignedInUser {

    @Inject
    HttpServletRequest request;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public String getName() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? "" : principal.getName();
    }

    public boolean isOperator() {
        return request.isUserInRole("operator");
    }
}
