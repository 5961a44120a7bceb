/** The tenant scope of API requests: access decision and tenant context per request. */
package de.stammkunde.api.tenancy;
