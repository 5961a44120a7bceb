package de.stammkunde.consent.domain;

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

/** One published version of the text a client reads before answering for a purpose; never changed. */
@Entity
@Table(name = "consent_text")
public class ConsentText {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_text_seq")
    @SequenceGenerator(name = "consent_text_seq", sequenceName = "consent_text_seq", allocationSize = 1)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentPurpose purpose;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false)
    private String publishedBy;

    protected ConsentText() {
    }

    public ConsentText(ConsentPurpose purpose, String language, int version, String body, Instant now, String by) {
        this.purpose = purpose;
        this.language = language;
        this.version = version;
        this.body = body;
        this.publishedAt = now;
        this.publishedBy = by;
    }

    public Long id() { return id; }
    public ConsentPurpose purpose() { return purpose; }
    public String language() { return language; }
    public int version() { return version; }
    public String body() { return body; }
    public Instant publishedAt() { return publishedAt; }
    public String publishedBy() { return publishedBy; }
}
