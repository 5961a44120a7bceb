/** Values of messaging: addresses and messages, free of any transport. */
package de.stammkunde.messaging.domain;
