package de.stammkunde.client.application;

import de.stammkunde.client.domain.ClientImport;

import java.time.Instant;

/** An import as staff follow it: status, rows done of rows in the file, why it failed. */
public record ClientImportView(long id, String status, String fileName, int totalRows, int doneRows, String failure,
                               String startedBy, Instant startedAt, Instant finishedAt) {

    static ClientImportView of(ClientImport run) {
        return new ClientImportView(run.id(), run.status().name(), run.fileName(), run.totalRows(), run.doneRows(),
                run.failure(), run.startedBy(), run.startedAt(), run.finishedAt());
    }

    /** Progress in percent, 0 to 100. */
    public int percent() {
        return totalRows == 0 ? 100 : (int) (100L * doneRows / totalRows);
    }

    public boolean running() {
        return ClientImport.Status.RUNNING.name().equals(status);
    }
}
