/** Multi-tenancy: the platform registry, schema per tenant, provisioning and migrations. */
package de.stammkunde.tenancy;
