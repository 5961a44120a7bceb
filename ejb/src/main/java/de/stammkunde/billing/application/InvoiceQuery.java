package de.stammkunde.billing.application;

import de.stammkunde.billing.domain.InvoiceStatus;
import de.stammkunde.shared.error.Invalid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Status and client filters and the page of an invoice list (newest first), checked. */
public record InvoiceQuery(InvoiceStatus status, Long clientId, int page, int size) {

    public static final int MAX_SIZE = 200;

    public static InvoiceQuery of(String status, Long clientId, Integer page, Integer size) {
        List<Invalid.Violation> violations = new ArrayList<>();
        int checkedPage = page == null ? 0 : page;
        int checkedSize = size == null ? 50 : size;
        if (checkedPage < 0) {
            violations.add(new Invalid.Violation("page", "0 or more"));
        }
        if (checkedSize < 1 || checkedSize > MAX_SIZE) {
            violations.add(new Invalid.Violation("size", "1 to " + MAX_SIZE));
        }
        InvoiceStatus checkedStatus = null;
        if (status != null && !status.isBlank()) {
            try {
                checkedStatus = InvoiceStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add(new Invalid.Violation("status", "one of " + Arrays.toString(InvoiceStatus.values())));
            }
        }
        if (clientId != null && clientId <= 0) {
            violations.add(new Invalid.Violation("clientId", "a positive id"));
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return new InvoiceQuery(checkedStatus, clientId, checkedPage, checkedSize);
    }
}
