/**
 * Machine integrations with per-business API keys: owners manage the keys under the staff API;
 * integrations call {@code /v1/integration/{tenant}/…} with {@code Authorization: ApiKey sk_…} and
 * may create and read clients, appointments and invoices and record payments, nothing else.
 */
package de.stammkunde.api.integration;
