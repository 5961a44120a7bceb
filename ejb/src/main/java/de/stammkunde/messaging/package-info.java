/** Messages to clients, staff and operators: email now, the outbox, SMS and templates later. */
package de.stammkunde.messaging;
