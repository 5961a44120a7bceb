package de.stammkunde.tenancy.application;

import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.tenancy.domain.Membership;
import de.stammkunde.tenancy.domain.OperatorAuditEntry;
import de.stammkunde.tenancy.domain.StaffRole;
import de.stammkunde.tenancy.domain.Tenant;
import de.stammkunde.tenancy.domain.TenantSlug;
import de.stammkunde.tenancy.domain.TenantStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The platform registry of tenants, memberships and operator actions. Each method is its own
 * transaction, so provisioning can record each step as it succeeds.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TenantRegistry {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    /** Reserves the slug for a tenant being provisioned. */
    public void claim(NewTenant request, String operator) {
        if (find(request.slug()).isPresent()) {
            throw tenantExists(request.slug());
        }
        em.persist(new Tenant(request.slug(), request.name(), request.locale(), request.timeZone(), clock.instant()));
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw tenantExists(request.slug());
        }
        audit(operator, "tenant.provisioning-started", request.slug(), request.name());
    }

    private static Conflict tenantExists(TenantSlug slug) {
        return new Conflict("tenant-exists", "A tenant with the slug " + slug + " exists already");
    }

    /** Undoes {@link #claim} after a failed provisioning. */
    public void release(TenantSlug slug, String operator, String reason) {
        find(slug).filter(tenant -> tenant.status() == TenantStatus.PROVISIONING).ifPresent(em::remove);
        audit(operator, "tenant.provisioning-failed", slug, reason);
    }

    public TenantView activate(TenantSlug slug, String organizationId, String schemaVersion, String ownerSubject,
                               String ownerEmail, String operator) {
        Tenant tenant = require(slug);
        tenant.migrated(schemaVersion);
        tenant.activate(organizationId);
        em.persist(new Membership(tenant.id(), ownerSubject, ownerEmail, StaffRole.OWNER, clock.instant()));
        audit(operator, "tenant.created", slug, "owner " + ownerEmail);
        return TenantView.of(tenant);
    }

    public TenantView suspend(TenantSlug slug, String operator) {
        Tenant tenant = require(slug);
        tenant.suspend();
        audit(operator, "tenant.suspended", slug, null);
        return TenantView.of(tenant);
    }

    public TenantView resume(TenantSlug slug, String operator) {
        Tenant tenant = require(slug);
        tenant.resume();
        audit(operator, "tenant.resumed", slug, null);
        return TenantView.of(tenant);
    }

    public void recordMigration(TenantSlug slug, String version, String error) {
        find(slug).ifPresent(tenant -> {
            if (error == null) {
                tenant.migrated(version);
            } else {
                tenant.migrationFailed(error);
            }
        });
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public TenantView view(TenantSlug slug) {
        return TenantView.of(require(slug));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TenantView> list() {
        return em.createQuery("select t from Tenant t order by t.slug", Tenant.class).getResultStream()
                .map(TenantView::of)
                .toList();
    }

    /** Tenants whose schema exists and is migrated at start-up: all but those still being created. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TenantSlug> migratable() {
        return em.createQuery("select t.slug from Tenant t where t.status <> :provisioning order by t.slug", String.class)
                .setParameter("provisioning", TenantStatus.PROVISIONING)
                .getResultStream()
                .map(TenantSlug::new)
                .toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<TenantStatus> status(TenantSlug slug) {
        return find(slug).map(Tenant::status);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<StaffRole> membershipRole(TenantSlug slug, String subject) {
        return em.createQuery("""
                        select m.role from Membership m, Tenant t
                        where m.tenantId = t.id and t.slug = :slug and m.subject = :subject""", StaffRole.class)
                .setParameter("slug", slug.value())
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ZoneId> timeZone(TenantSlug slug) {
        return find(slug).map(Tenant::timeZone);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MembershipView> memberships(String subject) {
        return em.createQuery("select new de.stammkunde.tenancy.application.MembershipView(t.slug, t.name, m.role, t.status)"
                        + " from Membership m, Tenant t"
                        + " where m.tenantId = t.id and m.subject = :subject and t.status <> :provisioning"
                        + " order by t.name", MembershipView.class)
                .setParameter("subject", subject)
                .setParameter("provisioning", TenantStatus.PROVISIONING)
                .getResultList();
    }

    private Optional<Tenant> find(TenantSlug slug) {
        return em.createQuery("select t from Tenant t where t.slug = :slug", Tenant.class)
                .setParameter("slug", slug.value())
                .getResultStream()
                .findFirst();
    }

    private Tenant require(TenantSlug slug) {
        return find(slug).orElseThrow(() -> new NotFound("tenant-not-found", "No tenant " + slug));
    }

    private void audit(String operator, String action, TenantSlug slug, String detail) {
        em.persist(new OperatorAuditEntry(clock.instant(), operator, action, slug.value(), detail));
    }
}
