/**
 * Loyalty points: the program's settings, the append-only ledger with a balance per client, and
 * the automatic awards for payments and confirmed sessions, made in the transaction of the event.
 */
package de.stammkunde.loyalty;
