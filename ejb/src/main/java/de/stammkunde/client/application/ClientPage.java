package de.stammkunde.client.application;

import java.util.List;

/** One page of clients and how many match in all. */
public record ClientPage(List<ClientView> items, int page, int size, long total) {

    public ClientPage {
        items = List.copyOf(items);
    }
}
