package de.stammkunde.api.billing;

import jakarta.validation.constraints.Size;

/** Why an invoice is cancelled or refunded; optional, the body may be left out. */
public record ReasonRequest(@Size(max = 500, message = "at most 500 characters") String reason) {
}
