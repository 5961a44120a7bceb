package de.stammkunde.tenancy.application;

import de.stammkunde.tenancy.domain.StaffRole;
import de.stammkunde.tenancy.domain.TenantSlug;
import de.stammkunde.tenancy.domain.TenantStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.Collection;
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

    public Decision decide(String tenant, String subject, Collection<String> organizations, boolean operator) {
        if (!TenantSlug.isValid(tenant) || !organizations.contains(tenant)) {
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
