/** The loyalty API: the program's settings, a client's points and ledger, manual changes, reconciliation. */
package de.stammkunde.api.loyalty;
