package de.stammkunde.tenancy.application;

import de.stammkunde.messaging.domain.EmailAddress;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.tenancy.domain.StaffRole;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A checked invitation of a staff member; {@link #of} names every bad field at once. */
public record NewStaffMember(EmailAddress email, StaffRole role) {

    static final String ROLES = Arrays.toString(StaffRole.values());

    public static NewStaffMember of(String email, String role) {
        List<Invalid.Violation> violations = new ArrayList<>();
        EmailAddress address = null;
        try {
            address = new EmailAddress(email);
        } catch (EmailAddress.InvalidEmailAddress e) {
            violations.add(new Invalid.Violation("email", "a valid email address"));
        }
        StaffRole checkedRole = null;
        try {
            checkedRole = role(role);
        } catch (Invalid invalid) {
            violations.addAll(invalid.violations());
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return new NewStaffMember(address, checkedRole);
    }

    /** A role as callers write it, in any case: OWNER, MANAGER or STAFF. */
    public static StaffRole role(String value) {
        if (value != null) {
            String name = value.strip().toUpperCase(Locale.ROOT);
            for (StaffRole role : StaffRole.values()) {
                if (role.name().equals(name)) {
                    return role;
                }
            }
        }
        throw Invalid.field("role", "one of " + ROLES);
    }
}
