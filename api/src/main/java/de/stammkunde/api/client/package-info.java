/** Client endpoints of a tenant. */
package de.stammkunde.api.client;
