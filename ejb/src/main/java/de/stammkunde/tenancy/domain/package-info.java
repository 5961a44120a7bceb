/** Tenants, their staff memberships and the tenant context of the current thread. */
package de.stammkunde.tenancy.domain;
