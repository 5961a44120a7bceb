package de.stammkunde.api.tenancy;

import de.stammkunde.shared.error.Forbidden;
import de.stammkunde.tenancy.domain.StaffRole;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Set;

/**
 * The caller's role in the tenant, as {@link TenantScopeFilter} found it: the checks resources make
 * before changes only owners and managers may make.
 */
public final class StaffRoles {

    private static final Set<StaffRole> MANAGERS = Set.of(StaffRole.OWNER, StaffRole.MANAGER);

    private StaffRoles() {
    }

    /** Throws {@code role-forbidden} ("Only owners and managers …") unless the caller is one. */
    public static void requireManager(HttpServletRequest request, String what) {
        if (!MANAGERS.contains((StaffRole) request.getAttribute(TenantScopeFilter.ROLE_ATTRIBUTE))) {
            throw new Forbidden("role-forbidden", "Only owners and managers " + what);
        }
    }
}
