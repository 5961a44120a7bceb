package de.stammkunde.api.tenancy;

import de.stammkunde.api.problem.ProblemCode;
import de.stammkunde.api.problem.Problems;
import de.stammkunde.api.problem.ServletProblems;
import de.stammkunde.api.security.Caller;
import de.stammkunde.api.security.CallerProducer;
import de.stammkunde.shared.audit.Actor;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.tenancy.application.TenantAccess;
import de.stammkunde.tenancy.domain.TenantContext;
import de.stammkunde.tenancy.domain.TenantSlug;
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
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The gate of every tenant-scoped path {@code /v1/tenants/{tenant}/…}: checks that the verified
 * caller belongs to the tenant, then runs the request inside that tenant's context (database
 * role and schema, audit actor, log MDC with a request id), restoring everything afterwards.
 */
@WebFilter(urlPatterns = "/v1/tenants/*")
public class TenantScopeFilter extends HttpFilter {

    static final String REQUEST_ID_HEADER = "X-Request-Id";
    /** The caller's {@link de.stammkunde.tenancy.domain.StaffRole} in the tenant, for role checks. */
    public static final String ROLE_ATTRIBUTE = "stammkunde.role";
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");

    @Inject
    TenantAccess access;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String tenant = tenantOf(request);
        Caller caller = CallerProducer.of(request.getUserPrincipal()).orElse(null);
        if (tenant == null || caller == null) {
            chain.doFilter(request, response);
            return;
        }
        TenantAccess.Decision decision = access.decide(tenant, caller.subject(), caller.organizations(),
                caller.hasRole("operator"));
        if (!decision.granted()) {
            refuse(request, response, decision.outcome() == TenantAccess.Outcome.SUSPENDED
                    ? "tenant-suspended" : "tenant-forbidden");
            return;
        }
        String requestId = requestId(request);
        request.setAttribute(ROLE_ATTRIBUTE, decision.role());
        response.setHeader(REQUEST_ID_HEADER, requestId);
        Actor actor = new Actor(Actor.Kind.STAFF, caller.subject(),
                caller.name() != null ? caller.name() : caller.username());
        MDC.put("tenant", tenant);
        MDC.put("requestId", requestId);
        try {
            TenantContext.runAs(new TenantSlug(tenant), () -> AuditContext.runAs(actor, requestId, () -> {
                proceed(chain, request, response);
                return null;
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (WrappedServletException e) {
            throw e.getCause();
        } finally {
            MDC.remove("tenant");
            MDC.remove("requestId");
        }
    }

    static void proceed(FilterChain chain, HttpServletRequest request, HttpServletResponse response) {
        try {
            chain.doFilter(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServletException e) {
            throw new WrappedServletException(e);
        }
    }

    /** The {tenant} segment of /v1/tenants/{tenant}/…, or null. */
    static String tenantOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String prefix = "/v1/tenants/";
        if (!path.startsWith(prefix)) {
            return null;
        }
        String rest = path.substring(prefix.length());
        int slash = rest.indexOf('/');
        String tenant = slash < 0 ? rest : rest.substring(0, slash);
        return tenant.isEmpty() ? null : tenant;
    }

    static String requestId(HttpServletRequest request) {
        String given = request.getHeader(REQUEST_ID_HEADER);
        return given != null && SAFE_REQUEST_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String code)
            throws IOException {
        ServletProblems.write(response, HttpServletResponse.SC_FORBIDDEN, Problems.of(ProblemCode.FORBIDDEN, code, ServletProblems.locale(request),
                request.getRequestURI(), null, List.of()));
    }

    static final class WrappedServletException extends RuntimeException {
        WrappedServletException(ServletException cause) {
            super(cause);
        }

        @Override
        public synchronized ServletException getCause() {
            return (ServletException) super.getCause();
        }
    }
}
