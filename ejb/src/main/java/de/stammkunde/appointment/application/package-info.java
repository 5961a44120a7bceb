/** Session type and appointment use cases, each a transaction in the tenant of the current context. */
package de.stammkunde.appointment.application;
