package de.stammkunde.messaging.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One delivery attempt of a message; written by the dispatcher's SQL, read for the sent log. */
@Entity
@Immutable
@Table(name = "outbox_attempt")
public class OutboxAttempt {

    @Id
    private Long id;

    @Column(name = "message_id")
    private long messageId;

    @Column(name = "attempted_at")
    private Instant attemptedAt;

    private String outcome;

    private String error;

    protected OutboxAttempt() {
    }
}
