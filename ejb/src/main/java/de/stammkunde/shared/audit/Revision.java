package de.stammkunde.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import java.time.Instant;

/** One audited change set in a tenant's schema: when, by whom, in which request. */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionActorListener.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
    @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 50)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    private long timestamp;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false)
    private Actor.Kind actorKind;

    @Column(name = "actor_id")
    private String actorId;

    @Column(name = "actor_name")
    private String actorName;

    @Column(name = "request_id")
    private String requestId;

    void recordActor(AuditContext.Entry entry) {
        this.actorKind = entry.actor().kind();
        this.actorId = entry.actor().id();
        this.actorName = entry.actor().displayName();
        this.requestId = entry.requestId();
    }

    public long id() {
        return id;
    }

    public Instant at() {
        return Instant.ofEpochMilli(timestamp);
    }

    public Actor actor() {
        return new Actor(actorKind, actorId, actorName);
    }

    public String requestId() {
        return requestId;
    }
}
