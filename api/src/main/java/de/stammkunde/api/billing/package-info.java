/** Invoices and payments of one business: {@code /v1/tenants/{tenant}/invoices}. */
package de.stammkunde.api.billing;
