package de.stammkunde.client.application;

import de.stammkunde.client.domain.ClientStatus;
import de.stammkunde.shared.error.Invalid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Search text, status and tag filters, page and sort order of a client list, checked. */
public record ClientQuery(String text, ClientStatus status, String tag, ConsentFilter consent, int page, int size,
                          String sortField, boolean ascending) {

    /** Filter by data-processing consent: given, or missing (anything but given). */
    public enum ConsentFilter { GIVEN, MISSING }

    public static final int MAX_SIZE = 200;
    static final Map<String, String> SORTABLE = Map.of(
            "lastName", "lower(c.lastName), lower(c.firstName), c.id",
            "firstName", "lower(c.firstName), lower(c.lastName), c.id",
            "email", "lower(c.email), c.id",
            "createdAt", "c.createdAt, c.id",
            "birthday", "c.birthday, c.id");

    /** A query without status or tag filter. */
    public static ClientQuery of(String text, Integer page, Integer size, String sort) {
        return of(text, null, null, page, size, sort);
    }

    public static ClientQuery of(String text, String status, String tag, Integer page, Integer size, String sort) {
        List<Invalid.Violation> violations = new ArrayList<>();
        int checkedPage = page == null ? 0 : page;
        int checkedSize = size == null ? 50 : size;
        if (checkedPage < 0) {
            violations.add(new Invalid.Violation("page", "0 or more"));
        }
        if (checkedSize < 1 || checkedSize > MAX_SIZE) {
            violations.add(new Invalid.Violation("size", "1 to " + MAX_SIZE));
        }
        ClientStatus checkedStatus = null;
        if (status != null && !status.isBlank()) {
            try {
                checkedStatus = ClientStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add(new Invalid.Violation("status", "one of " + Arrays.toString(ClientStatus.values())));
            }
        }
        String field = "lastName";
        boolean ascending = true;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.strip().split(",");
            field = parts[0];
            ascending = parts.length < 2 || !"desc".equals(parts[1].toLowerCase(Locale.ROOT));
            if (!SORTABLE.containsKey(field) || parts.length > 2) {
                violations.add(new Invalid.Violation("sort", "one of " + SORTABLE.keySet() + ", optionally ,asc or ,desc"));
            }
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return new ClientQuery(blankToNull(text), checkedStatus, blankToNull(tag), null, checkedPage, checkedSize,
                field, ascending);
    }

    /** The same filters and order, another page. */
    public ClientQuery page(int number) {
        return new ClientQuery(text, status, tag, consent, number, size, sortField, ascending);
    }

    /** The same query, filtered by data-processing consent ({@code given} or {@code missing}; blank for all). */
    public ClientQuery withConsent(String filter) {
        if (filter == null || filter.isBlank()) {
            return this;
        }
        try {
            return new ClientQuery(text, status, tag, ConsentFilter.valueOf(filter.strip().toUpperCase(Locale.ROOT)),
                    page, size, sortField, ascending);
        } catch (IllegalArgumentException e) {
            throw Invalid.field("consent", "given or missing");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    String orderBy() {
        String direction = ascending ? " asc" : " desc";
        return String.join(direction + ", ", SORTABLE.get(sortField).split(", ")) + direction;
    }
}
