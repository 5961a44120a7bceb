/**
 * Domain events: facts such as "invoice fully paid", recorded in the transaction of the change
 * that raised them, at most once per transition, and announced to CDI observers after commit.
 */
package de.stammkunde.shared.event;
