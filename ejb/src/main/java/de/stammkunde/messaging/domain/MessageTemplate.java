package de.stammkunde.messaging.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A business's own wording for one kind, channel and language. */
@Entity
@Table(name = "message_template")
public class MessageTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MessageKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MessageChannel channel;

    @Column(nullable = false, updatable = false)
    private String language;

    private String subject;

    @Column(nullable = false)
    private String body;

    @Version
    private long version;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MessageTemplate() {
    }

    public MessageTemplate(MessageKind kind, MessageChannel channel, String language, TemplateText text,
                           String updatedBy, Instant now) {
        this.kind = kind;
        this.channel = channel;
        this.language = language;
        change(text, updatedBy, now);
    }

    public void change(TemplateText text, String updatedBy, Instant now) {
        this.subject = text.subject();
        this.body = text.body();
        this.updatedBy = updatedBy;
        this.updatedAt = now;
    }

    public TemplateText text() {
        return new TemplateText(subject, body);
    }

    public MessageKind kind() { return kind; }
    public MessageChannel channel() { return channel; }
    public String language() { return language; }
    public long version() { return version; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
}
