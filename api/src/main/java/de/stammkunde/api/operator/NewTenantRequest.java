package de.stammkunde.api.operator;

/** What an operator sends to create a tenant. */
public record NewTenantRequest(String slug, String name, String locale, String timeZone, String ownerEmail) {
}
