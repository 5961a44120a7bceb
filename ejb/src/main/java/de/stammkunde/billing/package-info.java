/** Invoices with line items, payments against them, refunds and cancellations; all money in cents. */
package de.stammkunde.billing;
