/**
 * SMS credits and recorded SMS: operators top up a business's credits under
 * {@code /v1/operator/tenants/{slug}/sms-credits}; the business's staff read their balance and
 * ledger, and owners and managers what the development gateway recorded, under
 * {@code /v1/tenants/{tenant}/…}.
 */
package de.stammkunde.api.sms;
