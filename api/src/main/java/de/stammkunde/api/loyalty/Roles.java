package de.stammkunde.api.loyalty;

import de.stammkunde.api.tenancy.TenantScopeFilter;
import de.stammkunde.shared.error.Forbidden;
import de.stammkunde.tenancy.domain.StaffRole;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Set;

/** Who may change the program and points by hand: owners and managers. */
public final class Roles {

    private static final Set<StaffRole> MANAGERS = Set.of(StaffRole.OWNER, StaffRole.MANAGER);

    private Roles() {
    }

    public static void requireManager(HttpServletRequest request, String what) {
        if (!MANAGERS.contains((StaffRole) request.getAttribute(TenantScopeFilter.ROLE_ATTRIBUTE))) {
            throw new Forbidden("role-forbidden", "Only owners and managers " + what);
        }
    }
}
