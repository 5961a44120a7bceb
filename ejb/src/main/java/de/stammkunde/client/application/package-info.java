/** Client use cases, each a transaction in the tenant of the current context. */
package de.stammkunde.client.application;
