/** Transports for messages: SMTP through WildFly's mail session. */
package de.stammkunde.messaging.infrastructure;
