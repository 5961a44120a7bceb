/** Invoice and payment services: the transaction boundary, row locks, domain events. */
package de.stammkunde.billing.application;
