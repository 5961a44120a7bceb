package de.stammkunde.tenancy.application;

import de.stammkunde.tenancy.domain.StaffRole;
import de.stammkunde.tenancy.domain.TenantStatus;

/** A business a staff user belongs to, and their role there. */
public record MembershipView(String slug, String name, StaffRole role, TenantStatus status) {

    public boolean suspended() {
        return status == TenantStatus.SUSPENDED;
    }

    /** Owners and managers see the settings; staff do not. */
    public boolean managesSettings() {
        return role == StaffRole.OWNER || role == StaffRole.MANAGER;
    }
}
