package de.stammkunde.web.console;

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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Routes {@code /app/{tenant}/{page}[/{id}]} to the page {@code /app/{page}.xhtml[?id={id}]} inside
 * the tenant's context, after checking that the signed-in user is a member of that business. Pages
 * are never reachable without a tenant in the path, except the tenant picker {@code /app/}. The
 * id is part of the path because the sign-in round trip keeps the path but not the query.
 */
@WebFilter(urlPatterns = "/app/*")
public class ConsoleTenantFilter extends HttpFilter {

    public static final String TENANT_ATTRIBUTE = "stammkunde.tenant";
    public static final String ROLE_ATTRIBUTE = "stammkunde.role";
    static final String DEFAULT_PAGE = "clients";
    private static final Pattern PAGE = Pattern.compile("^[a-z][a-z-]{0,40}$");
    private static final Pattern ID = Pattern.compile("^[0-9]{1,18}$");

    @Inject
    TenantAccess access;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length() + "/app".length());
        String[] segments = path.startsWith("/") ? path.substring(1).split("/", -1) : new String[] {""};
        String first = segments[0];
        if (first.isEmpty() || first.equals("index.xhtml")) {
            chain.doFilter(request, response);
            return;
        }
        if (first.contains(".")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String page = segments.length > 1 && !segments[1].isEmpty() ? segments[1] : DEFAULT_PAGE;
        StaffUser user = StaffUser.of(request.getUserPrincipal(), request.isUserInRole("operator")).orElse(null);
        String id = segments.length > 2 ? segments[2] : null;
        if (user == null || !PAGE.matcher(page).matches() || segments.length > 3
                || (id != null && !ID.matcher(id).matches())
                || request.getServletContext().getResource("/app/" + page + ".xhtml") == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        TenantAccess.Decision decision = access.decideByMembership(first, user.subject(), user.operator());
        if (!decision.granted()) {
            request.setAttribute("stammkunde.refusal", decision.outcome().name());
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        request.setAttribute(TENANT_ATTRIBUTE, first);
        request.setAttribute(ROLE_ATTRIBUTE, decision.role());
        Actor actor = new Actor(Actor.Kind.STAFF, user.subject(), user.displayName());
        TenantContext.runAs(new TenantSlug(first), () -> AuditContext.runAs(actor, UUID.randomUUID().toString(), () -> {
            forward(request, response, "/app/" + page + ".xhtml" + (id == null ? "" : "?id=" + id));
            return null;
        }));
    }

    private static void forward(HttpServletRequest request, HttpServletResponse response, String target) {
        try {
            request.getRequestDispatcher(target).forward(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
    }
}
