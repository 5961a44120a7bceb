package de.stammkunde.client.domain;

import java.util.List;

/**
 * A column the client list can show. {@code sortField} names the field the list can be sorted by,
 * or null when the column cannot be sorted.
 */
public enum ClientColumn {
    NAME("lastName"),
    EMAIL("email"),
    PHONE(null),
    STATUS(null),
    TAGS(null),
    BIRTHDAY("birthday"),
    CREATED("createdAt"),
    /** Whether the client has given data-processing consent. */
    CONSENT(null);

    /** What a user sees before choosing. */
    public static final List<ClientColumn> DEFAULT = List.of(NAME, EMAIL, PHONE, STATUS, TAGS, CREATED);

    private final String sortField;

    ClientColumn(String sortField) {
        this.sortField = sortField;
    }

    public String sortField() {
        return sortField;
    }

    public boolean sortable() {
        return sortField != null;
    }
}
