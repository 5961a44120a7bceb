package de.stammkunde.tenancy.domain;

/** What a staff member may do in their business. */
public enum StaffRole {
    OWNER,
    MANAGER,
    STAFF
}
