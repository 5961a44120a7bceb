package de.stammkunde.loyalty.application;

import java.util.List;

/** A page of a client's ledger, newest first. */
public record LedgerPage(List<LedgerEntryView> items, int page, int size, long total) {
}
