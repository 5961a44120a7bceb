package de.stammkunde.tenancy.domain;

/** The life of a tenant. Only ACTIVE tenants are served; SUSPENDED ones keep all their data. */
public enum TenantStatus {
    /** Being created: claimed the slug, not yet usable. */
    PROVISIONING,
    ACTIVE,
    SUSPENDED
}
