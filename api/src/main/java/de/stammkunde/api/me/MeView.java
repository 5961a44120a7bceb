package de.stammkunde.api.me;

import de.stammkunde.api.security.Caller;

import java.util.List;

/** The caller as the API sees them. */
public record MeView(String subject, String username, String email, String name,
                     List<String> roles, List<String> organizations) {

    static MeView of(Caller caller) {
        return new MeView(caller.subject(), caller.username(), caller.email(), caller.name(),
                caller.roles(), caller.organizations());
    }
}
