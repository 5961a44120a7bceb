/** The staff of a tenant, managed by its owners. */
package de.stammkunde.api.staff;
