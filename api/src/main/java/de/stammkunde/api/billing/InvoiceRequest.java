package de.stammkunde.api.billing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A new invoice as the API receives it: the client and the line items; the total follows from them. */
public record InvoiceRequest(
        @NotNull(message = "required") @Positive(message = "required") Long clientId,
        @NotNull(message = "1 to 100 line items") @Size(min = 1, max = 100, message = "1 to 100 line items")
        List<@NotNull(message = "required") @Valid LineRequest> lines) {

    /** One line item; the quantity is 1 unless given. */
    public record LineRequest(
            @NotBlank(message = "required, at most 200 characters")
            @Size(max = 200, message = "required, at most 200 characters") String description,
            @Min(value = 1, message = "1 to 9999") @Max(value = 9_999, message = "1 to 9999") Integer quantity,
            @NotNull(message = "required, 0 to 100000000 cents")
            @PositiveOrZero(message = "required, 0 to 100000000 cents") Long unitPriceCents,
            @Positive(message = "a positive id") Long appointmentId) {
    }
}
