package de.stammkunde.messaging.sms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An SMS the development gateway kept instead of sending; read-only here, written by {@link SmsRecordings}. */
@Entity
@Table(name = "sms_recorded", schema = "platform")
public class RecordedSms {

    @Id
    private Long id;

    @Column(name = "tenant_slug", nullable = false, updatable = false)
    private String tenantSlug;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(nullable = false, updatable = false)
    private int segments;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected RecordedSms() {
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String text() {
        return text;
    }

    public int segments() {
        return segments;
    }

    public String reference() {
        return reference;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
