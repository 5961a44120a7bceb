package de.stammkunde.api.sms;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Credits an operator adds to a business, and why (an invoice number, say). */
public record SmsTopUpRequest(
        @NotNull(message = "required")
        @Min(value = 1, message = "1 to 100000")
        @Max(value = 100_000, message = "1 to 100000")
        Integer credits,
        @Size(max = 500, message = "at most 500 characters") String note) {
}
