/** The caller of an API request, read from the verified Keycloak access token. */
package de.stammkunde.api.security;
