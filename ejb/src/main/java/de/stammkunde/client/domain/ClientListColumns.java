package de.stammkunde.client.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/** One staff user's columns of the client list in this business, in their order. */
@Entity
@Table(name = "client_list_columns")
public class ClientListColumns {

    @Id
    private String subject;

    @Column(nullable = false)
    private String columns;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ClientListColumns() {
    }

    public ClientListColumns(String subject, List<ClientColumn> columns, Instant now) {
        this.subject = subject;
        choose(columns, now);
    }

    /** Keeps the given order, drops repeats; the name column is always there, first if not placed. */
    public void choose(List<ClientColumn> chosen, Instant now) {
        LinkedHashSet<ClientColumn> ordered = new LinkedHashSet<>(chosen);
        if (!ordered.contains(ClientColumn.NAME)) {
            LinkedHashSet<ClientColumn> withName = new LinkedHashSet<>();
            withName.add(ClientColumn.NAME);
            withName.addAll(ordered);
            ordered = withName;
        }
        this.columns = ordered.stream().map(Enum::name).collect(Collectors.joining(","));
        this.updatedAt = now;
    }

    public List<ClientColumn> columns() {
        return Arrays.stream(columns.split(","))
                .filter(name -> Arrays.stream(ClientColumn.values()).anyMatch(c -> c.name().equals(name)))
                .map(ClientColumn::valueOf)
                .toList();
    }
}
