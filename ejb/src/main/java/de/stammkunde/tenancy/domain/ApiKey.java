package de.stammkunde.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A business's key for a machine integration. Holds the SHA-256 hash of the secret, never the
 * secret; a revoked key stays (who revoked it and when) but opens nothing any more.
 */
@Entity
@Table(name = "api_key", schema = "platform")
public class ApiKey {

    /** The last use is written at most this often, so that busy integrations do not write per call. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
    @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", schema = "platform", allocationSize = 1)
    private Long id;

    @Version
    private long version;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "key_prefix", nullable = false, updatable = false)
    private String keyPrefix;

    @Column(name = "secret_hash", nullable = false, updatable = false)
    private String secretHash;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiKey() {
    }

    public ApiKey(Long tenantId, String name, String keyPrefix, String secretHash, String createdBy, Instant now) {
        this.tenantId = Objects.requireNonNull(tenantId);
        this.name = Objects.requireNonNull(name);
        this.keyPrefix = Objects.requireNonNull(keyPrefix);
        this.secretHash = Objects.requireNonNull(secretHash);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Whether the hash of a presented secret is this key's, compared in constant time. */
    public boolean matches(String presentedHash) {
        return MessageDigest.isEqual(secretHash.getBytes(), presentedHash.getBytes());
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public void revoke(String actor, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = actor;
        }
    }

    /** Whether a use at {@code now} should be written down. */
    public boolean lastUseOutdated(Instant now) {
        return lastUsedAt == null || lastUsedAt.plus(LAST_USE_PRECISION).isBefore(now);
    }

    public Long id() {
        return id;
    }

    public Long tenantId() {
        return tenantId;
    }

    public String name() {
        return name;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }
}
