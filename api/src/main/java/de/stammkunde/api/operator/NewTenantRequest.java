package de.stammkunde.api.operator;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an operator sends to create a tenant; the constraints are checked at the edge. */
public record NewTenantRequest(
        @NotNull(message = "required")
        @Pattern(regexp = "^[a-z][a-z0-9-]{2,39}$",
                message = "3-40 lower-case letters, digits and single hyphens, starting with a letter")
        String slug,
        @NotBlank(message = "required") @Size(max = 100, message = "at most 100 characters") String name,
        @Pattern(regexp = "de|en", message = "one of de, en") String locale,
        @Size(max = 64, message = "an IANA time zone such as Europe/Berlin") String timeZone,
        @NotBlank(message = "required") @Email(message = "a valid email address") String ownerEmail) {
}
