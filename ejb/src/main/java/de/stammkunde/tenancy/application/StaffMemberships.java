package de.stammkunde.tenancy.application;

import de.stammkunde.shared.audit.Actor;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.Forbidden;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.tenancy.domain.LastOwnerRule;
import de.stammkunde.tenancy.domain.Membership;
import de.stammkunde.tenancy.domain.OperatorAuditEntry;
import de.stammkunde.tenancy.domain.StaffRole;
import de.stammkunde.tenancy.domain.Tenant;
import de.stammkunde.tenancy.domain.TenantSlug;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The staff memberships of a business in the platform registry, each change its own transaction
 * with its audit entry, so {@link StaffDirectory} can pair it with the Keycloak steps around it.
 * Every change locks the tenant's row and checks, under that lock, that the actor is an owner and
 * that the business keeps one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class StaffMemberships {

    /** At most this many members are listed; a studio or salon has a handful. */
    public static final int MAX_LISTED = 500;

    private static final int MAX_ACTOR = 254;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    /** What the Keycloak and mail steps need to know about the business. */
    public record StaffTenant(TenantSlug slug, String name, Locale locale, String organizationId) {
    }

    /** The business, when the actor is one of its owners. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public StaffTenant requireOwner(TenantSlug slug, Actor actor) {
        Tenant tenant = tenant(slug, LockModeType.NONE);
        requireOwner(tenant, actor);
        return new StaffTenant(slug, tenant.name(), tenant.locale(), tenant.keycloakOrganizationId());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<StaffMemberView> list(TenantSlug slug) {
        return em.createQuery("""
                        select m from Membership m, Tenant t where m.tenantId = t.id and t.slug = :slug
                        order by m.role, m.email""", Membership.class)
                .setParameter("slug", slug.value())
                .setMaxResults(MAX_LISTED)
                .getResultStream()
                .map(StaffMemberView::of)
                .toList();
    }

    /** Refuses an email that is a member already, before anything is changed in Keycloak. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void requireNoMember(TenantSlug slug, String email) {
        Tenant tenant = tenant(slug, LockModeType.NONE);
        if (byEmail(tenant, email).isPresent()) {
            throw memberExists(email);
        }
    }

    public StaffMemberView add(TenantSlug slug, Actor actor, String subject, String email, StaffRole role) {
        Tenant tenant = tenant(slug, LockModeType.PESSIMISTIC_WRITE);
        requireOwner(tenant, actor);
        if (byEmail(tenant, email).isPresent() || bySubject(tenant, subject).isPresent()) {
            throw memberExists(email);
        }
        Membership membership = new Membership(tenant.id(), subject, email, role, clock.instant());
        em.persist(membership);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw memberExists(email);
        }
        audit(actor, "staff.invited", slug, email + " as " + role + " (" + subject + ")");
        return StaffMemberView.of(membership);
    }

    /** Takes back {@link #add} when a later step of the invitation failed. */
    public void undoAdd(TenantSlug slug, Actor actor, String subject, String reason) {
        Tenant tenant = tenant(slug, LockModeType.PESSIMISTIC_WRITE);
        bySubject(tenant, subject).ifPresent(membership -> {
            em.remove(membership);
            audit(actor, "staff.invitation-undone", slug, membership.email() + ": " + reason);
        });
    }

    public StaffMemberView changeRole(TenantSlug slug, Actor actor, String subject, StaffRole role) {
        Tenant tenant = tenant(slug, LockModeType.PESSIMISTIC_WRITE);
        requireOwner(tenant, actor);
        Membership membership = require(tenant, subject);
        StaffRole before = membership.role();
        if (before != role) {
            LastOwnerRule.check(before, role, owners(tenant));
            membership.changeRole(role);
            audit(actor, "staff.role-changed", slug, membership.email() + ": " + before + " -> " + role);
        }
        return StaffMemberView.of(membership);
    }

    /** Removes the membership and returns it as it was, so that {@link #restore} can bring it back. */
    public StaffMemberView remove(TenantSlug slug, Actor actor, String subject) {
        Tenant tenant = tenant(slug, LockModeType.PESSIMISTIC_WRITE);
        requireOwner(tenant, actor);
        Membership membership = require(tenant, subject);
        LastOwnerRule.check(membership.role(), null, owners(tenant));
        em.remove(membership);
        audit(actor, "staff.removed", slug, membership.email() + " (was " + membership.role() + ")");
        return StaffMemberView.of(membership);
    }

    /** Takes back {@link #remove} when Keycloak refused to let the member go. */
    public void restore(TenantSlug slug, Actor actor, StaffMemberView removed, String reason) {
        Tenant tenant = tenant(slug, LockModeType.PESSIMISTIC_WRITE);
        em.persist(new Membership(tenant.id(), removed.subject(), removed.email(), removed.role(), removed.since()));
        audit(actor, "staff.removal-undone", slug, removed.email() + ": " + reason);
    }

    private void requireOwner(Tenant tenant, Actor actor) {
        boolean owner = actor != null && actor.kind() == Actor.Kind.STAFF
                && bySubject(tenant, actor.id()).map(m -> m.role() == StaffRole.OWNER).orElse(false);
        if (!owner) {
            throw new Forbidden("owner-required", "Only an owner of " + tenant.slug() + " manages its staff");
        }
    }

    private Tenant tenant(TenantSlug slug, LockModeType lock) {
        return em.createQuery("select t from Tenant t where t.slug = :slug", Tenant.class)
                .setParameter("slug", slug.value())
                .setLockMode(lock)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFound("tenant-not-found", "No tenant " + slug));
    }

    private Membership require(Tenant tenant, String subject) {
        return bySubject(tenant, subject)
                .orElseThrow(() -> new NotFound("staff-member-not-found", "No member " + subject + " in " + tenant.slug()));
    }

    private Optional<Membership> bySubject(Tenant tenant, String subject) {
        return em.createQuery("select m from Membership m where m.tenantId = :tenant and m.subject = :subject",
                        Membership.class)
                .setParameter("tenant", tenant.id())
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    private Optional<Membership> byEmail(Tenant tenant, String email) {
        return em.createQuery("select m from Membership m where m.tenantId = :tenant and lower(m.email) = lower(:email)",
                        Membership.class)
                .setParameter("tenant", tenant.id())
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
    }

    private long owners(Tenant tenant) {
        return em.createQuery("select count(m) from Membership m where m.tenantId = :tenant and m.role = :owner",
                        Long.class)
                .setParameter("tenant", tenant.id())
                .setParameter("owner", StaffRole.OWNER)
                .getSingleResult();
    }

    private static Conflict memberExists(String email) {
        return new Conflict("staff-member-exists", email + " is a member of this business already");
    }

    private void audit(Actor actor, String action, TenantSlug slug, String detail) {
        Instant now = clock.instant();
        em.persist(new OperatorAuditEntry(now, actorName(actor), action, slug.value(), detail));
    }

    /** Who did it, as the audit log shows them: display name and Keycloak subject. */
    private static String actorName(Actor actor) {
        String name = (actor.displayName() == null ? "" : actor.displayName() + " ") + "[" + actor.id() + "]";
        return name.length() <= MAX_ACTOR ? name : name.substring(name.length() - MAX_ACTOR);
    }
}
