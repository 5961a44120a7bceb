/**
 * The invoice aggregate and its rules: totals derived from line items, the status derived from
 * payments and refunds ({@link de.stammkunde.billing.domain.InvoiceBalance}), no overpayment,
 * cancellation only while nothing is paid, refunds only of what was paid.
 */
package de.stammkunde.billing.domain;
