package de.stammkunde.consent.domain;

import de.stammkunde.shared.audit.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * One answer as evidence: what was answered, how, by whom, under which text version, from which
 * address. Append-only; the database refuses changes and deletions.
 */
@Entity
@Immutable
@Table(name = "consent_proof")
public class ConsentProof {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_proof_seq")
    @SequenceGenerator(name = "consent_proof_seq", sequenceName = "consent_proof_seq", allocationSize = 50)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentPurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentState state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentSource source;

    @Column(name = "text_id")
    private Long textId;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false)
    private Actor.Kind actorKind;

    @Column(name = "actor_id")
    private String actorId;

    @Column(name = "actor_name")
    private String actorName;

    private String ip;

    @Column(name = "user_agent")
    private String userAgent;

    @Column(name = "guardian_name")
    private String guardianName;

    @Column(name = "guardian_relation")
    private String guardianRelation;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ConsentProof() {
    }

    public ConsentProof(long clientId, ConsentAnswer answer, Long textId, Actor actor, Instant now) {
        this.clientId = clientId;
        this.purpose = answer.purpose();
        this.channel = answer.channel();
        this.state = answer.state();
        this.source = answer.source();
        this.textId = textId;
        this.actorKind = actor.kind();
        this.actorId = actor.id();
        this.actorName = actor.displayName();
        this.ip = answer.ip();
        this.userAgent = answer.userAgent();
        this.guardianName = answer.guardianName();
        this.guardianRelation = answer.guardianRelation();
        this.recordedAt = now;
    }

    public Long id() { return id; }
    public long clientId() { return clientId; }
    public ConsentPurpose purpose() { return purpose; }
    public ConsentChannel channel() { return channel; }
    public ConsentState state() { return state; }
    public ConsentSource source() { return source; }
    public Long textId() { return textId; }
    public Actor.Kind actorKind() { return actorKind; }
    public String actorId() { return actorId; }
    public String actorName() { return actorName; }
    public String ip() { return ip; }
    public String userAgent() { return userAgent; }
    public String guardianName() { return guardianName; }
    public String guardianRelation() { return guardianRelation; }
    public Instant recordedAt() { return recordedAt; }
}
