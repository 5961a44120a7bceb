package de.stammkunde.operator.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;

/** The operator signed in through Keycloak. */
@Named("signedInUser")
@RequestScoped
public class SignedInOperator {

    @Inject
    HttpServletRequest request;

    public String getName() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? "" : principal.getName();
    }
}
