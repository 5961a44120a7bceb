package de.stammkunde.appointment.application;

import de.stammkunde.tenancy.application.StaffMemberView;
import de.stammkunde.tenancy.application.StaffMemberships;
import de.stammkunde.tenancy.application.TenantRegistry;
import de.stammkunde.tenancy.domain.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The staff members of the tenant in context, from the platform registry. Runs outside the
 * caller's tenant transaction: the registry is another datasource, and a read needs none.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BusinessStaff {

    @Inject
    TenantRegistry registry;

    @Inject
    StaffMemberships memberships;

    public boolean isMember(String subject) {
        return registry.membershipRole(TenantContext.require(), subject).isPresent();
    }

    public List<StaffMemberView> members() {
        return memberships.list(TenantContext.require());
    }
}
