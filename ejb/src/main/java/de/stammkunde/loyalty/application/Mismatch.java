package de.stammkunde.loyalty.application;

/** A client whose kept balance differs from the sum of their ledger (there should never be one). */
public record Mismatch(long clientId, long balance, long ledgerSum) {
}
