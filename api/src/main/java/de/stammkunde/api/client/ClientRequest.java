package de.stammkunde.api.client;

import java.time.LocalDate;
import java.util.List;

/** The editable facts of a client as the API receives them. */
public record ClientRequest(String firstName, String lastName, String email, String phone, LocalDate birthday,
                            String gender, String street, String postalCode, String city, String country,
                            String notes, List<String> tags, String statusOverride, String preferredLanguage) {
}
