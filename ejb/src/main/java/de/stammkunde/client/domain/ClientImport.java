package de.stammkunde.client.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One run of a CSV import: all of its rows are imported in one transaction, or none. */
@Entity
@Table(name = "client_import")
public class ClientImport {

    /** Where an import stands. */
    public enum Status { RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_import_seq")
    @SequenceGenerator(name = "client_import_seq", sequenceName = "client_import_seq", allocationSize = 1)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "done_rows", nullable = false)
    private int doneRows;

    private String failure;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ClientImport() {
    }

    public ClientImport(String fileName, int totalRows, String startedBy, Instant now) {
        this.status = Status.RUNNING;
        this.fileName = fileName;
        this.totalRows = totalRows;
        this.startedBy = startedBy;
        this.startedAt = now;
    }

    public void progress(int done) {
        this.doneRows = Math.min(done, totalRows);
    }

    public void finish(Instant now) {
        this.status = Status.DONE;
        this.doneRows = totalRows;
        this.finishedAt = now;
    }

    /** Nothing of the file was imported; {@code reason} tells staff why. */
    public void fail(String reason, Instant now) {
        this.status = Status.FAILED;
        this.doneRows = 0;
        this.failure = reason;
        this.finishedAt = now;
    }

    public Long id() { return id; }
    public Status status() { return status; }
    public String fileName() { return fileName; }
    public int totalRows() { return totalRows; }
    public int doneRows() { return doneRows; }
    public String failure() { return failure; }
    public String startedBy() { return startedBy; }
    public Instant startedAt() { return startedAt; }
    public Instant finishedAt() { return finishedAt; }
}
