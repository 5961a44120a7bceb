package de.stammkunde.api.integration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new API key: a name that says which system uses it. */
public record ApiKeyRequest(
        @NotBlank(message = "required") @Size(max = 100, message = "at most 100 characters") String name) {
}
