package de.stammkunde.api.tenancy;

import de.stammkunde.api.problem.ProblemCode;
import de.stammkunde.api.problem.Problems;
import de.stammkunde.api.problem.ServletProblems;
import de.stammkunde.shared.audit.Actor;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.tenancy.application.TenantRegistry;
import de.stammkunde.tenancy.application.TenantView;
import de.stammkunde.tenancy.domain.TenantContext;
import de.stammkunde.tenancy.domain.TenantSlug;
import de.stammkunde.tenancy.domain.TenantStatus;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jboss.logging.MDC;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The gate of the public paths {@code /v1/public/{tenant}/…}, which need no token: the tenant
 * must exist and be active (unknown: 404 {@code tenant-not-found}, suspended: 403
 * {@code tenant-suspended}). The request then runs in that tenant's context with the audit actor
 * "online booking" (a client without an account), a request id and the log MDC.
 */
@WebFilter(urlPatterns = "/v1/public/*")
public class PublicTenantFilter extends HttpFilter {

    /** The {@link TenantView} of the tenant the public request is for. */
    public static final String TENANT_ATTRIBUTE = "stammkunde.publicTenant";
    static final Actor ONLINE_BOOKING = new Actor(Actor.Kind.CLIENT, "online-booking", "Online booking");
    private static final String PREFIX = "/v1/public/";

    @Inject
    TenantRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String tenant = tenantOf(request);
        Optional<TenantStatus> status = tenant != null && TenantSlug.isValid(tenant)
                ? registry.status(new TenantSlug(tenant)) : Optional.empty();
        if (status.isEmpty() || status.get() == TenantStatus.PROVISIONING) {
            refuse(request, response, ProblemCode.NOT_FOUND, "tenant-not-found");
            return;
        }
        if (status.get() != TenantStatus.ACTIVE) {
            refuse(request, response, ProblemCode.FORBIDDEN, "tenant-suspended");
            return;
        }
        TenantSlug slug = new TenantSlug(tenant);
        String requestId = TenantScopeFilter.requestId(request);
        request.setAttribute(TENANT_ATTRIBUTE, registry.view(slug));
        response.setHeader(TenantScopeFilter.REQUEST_ID_HEADER, requestId);
        MDC.put("tenant", tenant);
        MDC.put("requestId", requestId);
        try {
            TenantContext.runAs(slug, () -> AuditContext.runAs(ONLINE_BOOKING, requestId, () -> {
                TenantScopeFilter.proceed(chain, request, response);
                return null;
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (TenantScopeFilter.WrappedServletException e) {
            throw e.getCause();
        } finally {
            MDC.remove("tenant");
            MDC.remove("requestId");
        }
    }

    /** The {tenant} segment of /v1/public/{tenant}/…, or null. */
    private static String tenantOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(PREFIX)) {
            return null;
        }
        String rest = path.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        String tenant = slash < 0 ? rest : rest.substring(0, slash);
        return tenant.isEmpty() ? null : tenant;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, ProblemCode kind,
                               String code) throws IOException {
        ServletProblems.write(response, kind.status(), Problems.of(kind, code, ServletProblems.locale(request),
                request.getRequestURI(), null, List.of()));
    }
}
