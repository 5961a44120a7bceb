package de.stammkunde.tenancy.application;

import de.stammkunde.tenancy.domain.StaffRole;
import de.stammkunde.tenancy.domain.TenantSlug;
import de.stammkunde.tenancy.domain.TenantStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a caller may work in a tenant: the tenant must be named in the caller's
 * verified organization claim, the caller must hold a membership there, and the tenant must be
 * active (operators are not turned away by a suspension). An unknown tenant looks the same as one
 * the caller does not belong to.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TenantAccess {

    /** The outcome, and the caller's role when access is granted. */
    public record Decision(Outcome outcome, StaffRole role) {
        public boolean granted() {
            return outcome == Outcome.GRANTED;
        }
    }

    public enum Outcome { GRANTED, NOT_A_MEMBER, SUSPENDED }

    @Inject
    TenantRegistry registry;

    /** The time zone in which the business reads dates. */
    public Optional<ZoneId> timeZone(String tenant) {
        return TenantSlug.isValid(tenant) ? registry.timeZone(new TenantSlug(tenant)) : Optional.empty();
    }

    /** The businesses a staff user belongs to, for the console's tenant picker. */
    public List<MembershipView> memberships(String subject) {
        return registry.memberships(subject);
    }

    public Decision decide(String tenant, String subject, Collection<String> organizations, boolean operator) {
        if (!organizations.contains(tenant)) {
            return new Decision(Outcome.NOT_A_MEMBER, null);
        }
        return decideByMembership(tenant, subject, operator);
    }

    /**
     * The same decision from the registry's memberships alone, for the consoles: their session
     * tokens need not carry the organization claim.
     */
    public Decision decideByMembership(String tenant, String subject, boolean operator) {
        if (!TenantSlug.isValid(tenant)) {
            return new Decision(Outcome.NOT_A_MEMBER, null);
        }
        TenantSlug slug = new TenantSlug(tenant);
        Optional<TenantStatus> status = registry.status(slug);
        Optional<StaffRole> role = status.isPresent() ? registry.membershipRole(slug, subject) : Optional.empty();
        if (status.isEmpty() || status.get() == TenantStatus.PROVISIONING || role.isEmpty()) {
            return new Decision(Outcome.NOT_A_MEMBER, null);
        }
        if (status.get() == TenantStatus.SUSPENDED && !operator) {
            return new Decision(Outcome.SUSPENDED, role.get());
        }
        return new Decision(Outcome.GRANTED, role.get());
    }
}
