package de.stammkunde.client.application;

/** What a message needs of a client: the name to greet, the addresses and the language. */
public record ClientContact(long id, String firstName, String lastName, String email, String phone,
                            String preferredLanguage) {
}
