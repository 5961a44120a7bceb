package de.stammkunde.tenancy.application;

import de.stammkunde.tenancy.domain.Membership;
import de.stammkunde.tenancy.domain.StaffRole;

import java.time.Instant;

/** A member of a business as its owner sees them: Keycloak subject, email, role, member since. */
public record StaffMemberView(String subject, String email, StaffRole role, Instant since) {

    static StaffMemberView of(Membership membership) {
        return new StaffMemberView(membership.subject(), membership.email(), membership.role(), membership.createdAt());
    }
}
