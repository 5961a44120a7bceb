package de.stammkunde.messaging.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One message in the outbox. Written with its rendered content in the transaction of its cause;
 * status changes only through the dispatcher's SQL (lease, sent, retry), so the entity is read
 * here and created once.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MessageKind kind;

    @Column(updatable = false)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MessageChannel channel;

    @Column(name = "client_id", updatable = false)
    private Long clientId;

    @Column(updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(nullable = false, updatable = false)
    private String model;

    @Column(updatable = false)
    private String subject;

    /** Null for a suppressed message in its kind's wording: see {@code Outbox}. */
    @Column(name = "body_text", updatable = false)
    private String bodyText;

    @Column(name = "body_html", updatable = false)
    private String bodyHtml;

    @Column(nullable = false, updatable = false)
    private boolean marketing;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageStatus status;

    private String reason;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    private Integer segments;

    @Column(name = "campaign_id", updatable = false)
    private Long campaignId;

    @Column(name = "resend_of", updatable = false)
    private Long resendOf;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {
    }

    /** A new message: queued when {@code suppression} is null, else suppressed with that reason. */
    public OutboxMessage(String idempotencyKey, MessageKind kind, MessageChannel channel, Long clientId,
                         String recipient, String language, String model, RenderedMessage content,
                         String suppression, Long campaignId, Long resendOf, String createdBy, Instant now) {
        this.idempotencyKey = idempotencyKey;
        this.kind = kind;
        this.purpose = kind.purpose().map(Enum::name).orElse(null);
        this.channel = channel;
        this.clientId = clientId;
        this.recipient = recipient;
        this.language = language;
        this.model = model;
        this.subject = content.subject();
        this.bodyText = content.text();
        this.bodyHtml = channel == MessageChannel.EMAIL ? content.html() : null;
        this.marketing = kind.marketing();
        this.status = suppression == null ? MessageStatus.QUEUED : MessageStatus.SUPPRESSED;
        this.reason = suppression;
        this.nextAttemptAt = now;
        this.campaignId = campaignId;
        this.resendOf = resendOf;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public String idempotencyKey() { return idempotencyKey; }
    public MessageKind kind() { return kind; }
    public MessageChannel channel() { return channel; }
    /** The consent purpose checked before sending; null for messages that need none. */
    public String purpose() { return purpose; }
    public Long clientId() { return clientId; }
    public String recipient() { return recipient; }
    public String language() { return language; }
    public String model() { return model; }
    public String subject() { return subject; }
    public String bodyText() { return bodyText; }
    public String bodyHtml() { return bodyHtml; }
    public boolean marketing() { return marketing; }
    public MessageStatus status() { return status; }
    public String reason() { return reason; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public Integer segments() { return segments; }
    public Long campaignId() { return campaignId; }
    public Long resendOf() { return resendOf; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant sentAt() { return sentAt; }
}
