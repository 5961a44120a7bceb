package de.stammkunde.api.staff;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A member's new role. */
public record RoleRequest(
        @NotNull(message = "required")
        @Pattern(regexp = "(?i)owner|manager|staff", message = "one of OWNER, MANAGER, STAFF") String role) {
}
