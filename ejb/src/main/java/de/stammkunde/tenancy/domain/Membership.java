package de.stammkunde.tenancy.domain;

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

import java.time.Instant;
import java.util.Objects;

/** A staff member's place in a business: the Keycloak subject and the role they hold there. */
@Entity
@Table(name = "membership", schema = "platform")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_seq")
    @SequenceGenerator(name = "membership_seq", sequenceName = "membership_seq", schema = "platform", allocationSize = 1)
    private Long id;

    @Version
    private long version;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StaffRole role;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Membership() {
    }

    public Membership(Long tenantId, String subject, String email, StaffRole role, Instant now) {
        this.tenantId = Objects.requireNonNull(tenantId);
        this.subject = Objects.requireNonNull(subject);
        this.email = Objects.requireNonNull(email);
        this.role = Objects.requireNonNull(role);
        this.createdAt = Objects.requireNonNull(now);
    }

    public Long tenantId() {
        return tenantId;
    }

    public String subject() {
        return subject;
    }

    public String email() {
        return email;
    }

    public StaffRole role() {
        return role;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The member's new role; whether the business keeps an owner is checked by the caller, who sees all members. */
    public void changeRole(StaffRole newRole) {
        this.role = Objects.requireNonNull(newRole);
    }
}
