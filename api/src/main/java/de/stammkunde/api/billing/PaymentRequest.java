package de.stammkunde.api.billing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import java.time.Instant;

/** A payment as the API receives it; {@code paidAt} defaults to now, {@code kind} to OTHER. */
public record PaymentRequest(
        @NotNull(message = "required, 1 to 100000000 cents") @Positive(message = "required, 1 to 100000000 cents")
        Long amountCents,
        @NotNull(message = "required, one of CASH, CARD, TRANSFER, ONLINE")
        @Pattern(regexp = "(?i)cash|card|transfer|online", message = "one of CASH, CARD, TRANSFER, ONLINE")
        String method,
        @Pattern(regexp = "(?i)deposit|balance|other", message = "one of DEPOSIT, BALANCE, OTHER") String kind,
        Instant paidAt) {
}
