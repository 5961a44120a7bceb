package de.stammkunde.client.application;

import de.stammkunde.client.domain.Client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A client as staff see it; {@code version} is the optimistic-lock version (the API's ETag). */
public record ClientView(long id, long version, String firstName, String lastName, String email, String phone,
                         LocalDate birthday, String gender, String street, String postalCode, String city,
                         String country, String notes, List<String> tags, String status, String statusOverride,
                         String preferredLanguage, Instant createdAt, Instant updatedAt) {

    static ClientView of(Client client) {
        return new ClientView(client.id(), client.version(), client.firstName(), client.lastName(), client.email(),
                client.phone(), client.birthday(), client.gender().name(), client.street(), client.postalCode(),
                client.city(), client.country(), client.notes(), client.tags().stream().sorted().toList(),
                client.status().name(), client.statusOverride() == null ? null : client.statusOverride().name(),
                client.preferredLanguage(), client.createdAt(), client.updatedAt());
    }
}
