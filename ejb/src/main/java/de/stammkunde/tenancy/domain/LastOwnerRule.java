package de.stammkunde.tenancy.domain;

import de.stammkunde.shared.error.Conflict;

/**
 * A business always keeps at least one owner: the last owner can be neither demoted nor removed,
 * also not by themself. The caller counts the owners under a lock on the tenant, so two owners who
 * demote each other at the same moment cannot both succeed.
 */
public final class LastOwnerRule {

    private LastOwnerRule() {
    }

    /** Checks a change of a member's role to {@code newRole}; {@code null} means the member is removed. */
    public static void check(StaffRole currentRole, StaffRole newRole, long owners) {
        boolean losesOwner = currentRole == StaffRole.OWNER && newRole != StaffRole.OWNER;
        if (losesOwner && owners <= 1) {
            throw new Conflict("last-owner", "The last owner of a business can be neither demoted nor removed");
        }
    }
}
