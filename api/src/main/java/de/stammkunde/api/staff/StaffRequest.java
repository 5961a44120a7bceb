package de.stammkunde.api.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Whom an owner invites, and as what; the constraints are checked at the edge. */
public record StaffRequest(
        @NotBlank(message = "required") @Email(message = "a valid email address")
        @Size(max = 254, message = "at most 254 characters") String email,
        @NotNull(message = "required")
        @Pattern(regexp = "(?i)owner|manager|staff", message = "one of OWNER, MANAGER, STAFF") String role) {
}
