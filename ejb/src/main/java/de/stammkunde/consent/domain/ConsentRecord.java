package de.stammkunde.consent.domain;

import de.stammkunde.shared.audit.ClientHistory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;

/**
 * A client's current answer for one purpose and channel: the latest proof's state. Changed only
 * together with a new proof; audited as part of the client's history.
 */
@Entity
@Table(name = "consent_record")
@Audited
@ClientHistory
public class ConsentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_record_seq")
    @SequenceGenerator(name = "consent_record_seq", sequenceName = "consent_record_seq", allocationSize = 50)
    private Long id;

    @Version
    @NotAudited
    private long version;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentPurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentState state;

    @Column(name = "text_id")
    private Long textId;

    @Column(name = "by_guardian", nullable = false)
    private boolean byGuardian;

    @Column(name = "guardian_name")
    private String guardianName;

    @Column(name = "guardian_relation")
    private String guardianRelation;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ConsentRecord() {
    }

    public ConsentRecord(long clientId, ConsentPurpose purpose, ConsentChannel channel) {
        this.clientId = clientId;
        this.purpose = purpose;
        this.channel = channel;
        this.state = ConsentState.UNKNOWN;
    }

    /** Takes the state of a new proof. */
    public void follow(ConsentProof proof) {
        this.state = proof.state();
        this.textId = proof.textId();
        this.byGuardian = proof.guardianName() != null;
        this.guardianName = proof.guardianName();
        this.guardianRelation = proof.guardianRelation();
        this.updatedAt = proof.recordedAt();
    }

    public long clientId() { return clientId; }
    public ConsentPurpose purpose() { return purpose; }
    public ConsentChannel channel() { return channel; }
    public ConsentState state() { return state; }
    public Long textId() { return textId; }
    public boolean byGuardian() { return byGuardian; }
    public String guardianName() { return guardianName; }
    public String guardianRelation() { return guardianRelation; }
    public Instant updatedAt() { return updatedAt; }
}
