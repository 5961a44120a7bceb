package de.stammkunde.api.client;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The editable facts of a client as the API receives them; the constraints are checked at the edge. */
public record ClientRequest(
        @NotBlank(message = "required") @Size(max = 100, message = "at most 100 characters") String firstName,
        @NotBlank(message = "required") @Size(max = 100, message = "at most 100 characters") String lastName,
        @Email(message = "not a valid email address") @Size(max = 254, message = "at most 254 characters") String email,
        @Pattern(regexp = "^\\+[1-9][0-9 ()/-]{6,24}$", message = "international format, e.g. +4915112345678")
        String phone,
        @Past(message = "must lie in the past") LocalDate birthday,
        @Pattern(regexp = "(?i)female|male|diverse|unknown", message = "one of female, male, diverse, unknown")
        String gender,
        @Size(max = 200, message = "at most 200 characters") String street,
        @Size(max = 20, message = "at most 20 characters") String postalCode,
        @Size(max = 100, message = "at most 100 characters") String city,
        @Pattern(regexp = "[A-Za-z]{2}", message = "ISO 3166 two-letter code, e.g. DE") String country,
        @Size(max = 5000, message = "at most 5000 characters") String notes,
        @Size(max = 20, message = "at most 20 tags")
        List<@NotBlank(message = "must not be blank") @Size(max = 50, message = "at most 50 characters") String> tags,
        @Pattern(regexp = "(?i)new|regular|inactive", message = "one of new, regular, inactive") String statusOverride,
        @Pattern(regexp = "de|en", message = "one of de, en") String preferredLanguage) {
}
