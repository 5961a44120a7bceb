/** Awards, reversals and manual changes of points; the client's account and the ledger's reconciliation. */
package de.stammkunde.loyalty.application;
