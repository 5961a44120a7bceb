/** How tenancy reaches the database: connection switching for Hibernate, Flyway migrations, Keycloak organizations. */
package de.stammkunde.tenancy.infrastructure;
