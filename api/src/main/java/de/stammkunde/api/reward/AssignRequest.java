package de.stammkunde.api.reward;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A tier's reward given to a client by hand, before they reach its threshold, with the reason. */
public record AssignRequest(@NotNull(message = "required") Long tierId,
                            @NotBlank(message = "required") @Size(max = 500, message = "at most 500 characters")
                            String reason) {
}
