package de.stammkunde.billing.application;

import java.util.List;

/** One page of invoices and how many match in all. */
public record InvoicePage(List<InvoiceSummary> items, int page, int size, long total) {

    public InvoicePage {
        items = List.copyOf(items);
    }
}
