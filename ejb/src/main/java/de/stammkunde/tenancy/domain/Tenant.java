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
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/** A business using Stammkunde, as the platform registry knows it. */
@Entity
@Table(name = "tenant", schema = "platform")
public class Tenant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tenant_seq")
    @SequenceGenerator(name = "tenant_seq", sequenceName = "tenant_seq", schema = "platform", allocationSize = 1)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, updatable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantStatus status;

    @Column(name = "schema_name", nullable = false, updatable = false)
    private String schemaName;

    @Column(nullable = false)
    private String locale;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "keycloak_organization_id")
    private String keycloakOrganizationId;

    @Column(name = "schema_version")
    private String schemaVersion;

    @Column(name = "migration_error")
    private String migrationError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Tenant() {
    }

    public Tenant(TenantSlug slug, String name, Locale locale, ZoneId timeZone, Instant now) {
        this.slug = slug.value();
        this.schemaName = slug.schemaName();
        this.name = requireText(name, "name");
        this.locale = locale.toLanguageTag();
        this.timeZone = timeZone.getId();
        this.status = TenantStatus.PROVISIONING;
        this.createdAt = Objects.requireNonNull(now);
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value.strip();
    }

    public void activate(String organizationId) {
        if (status != TenantStatus.PROVISIONING) {
            throw new IllegalStateException("Tenant " + slug + " is " + status + ", not being provisioned");
        }
        this.keycloakOrganizationId = Objects.requireNonNull(organizationId);
        this.status = TenantStatus.ACTIVE;
    }

    public void suspend() {
        requireProvisioned();
        status = TenantStatus.SUSPENDED;
    }

    public void resume() {
        requireProvisioned();
        status = TenantStatus.ACTIVE;
    }

    private void requireProvisioned() {
        if (status == TenantStatus.PROVISIONING) {
            throw new IllegalStateException("Tenant " + slug + " is still being provisioned");
        }
    }

    public void migrated(String version) {
        this.schemaVersion = version;
        this.migrationError = null;
    }

    public void migrationFailed(String error) {
        this.migrationError = error == null ? "unknown error" : error;
    }

    public Long id() {
        return id;
    }

    public TenantSlug slug() {
        return new TenantSlug(slug);
    }

    public String name() {
        return name;
    }

    public TenantStatus status() {
        return status;
    }

    public String schemaName() {
        return schemaName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(locale);
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public String keycloakOrganizationId() {
        return keycloakOrganizationId;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    public String migrationError() {
        return migrationError;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
