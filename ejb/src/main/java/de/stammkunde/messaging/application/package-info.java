/** Messaging use cases; each method is a transaction boundary. */
package de.stammkunde.messaging.application;
