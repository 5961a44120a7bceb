package de.stammkunde.api.integration;

import de.stammkunde.api.problem.ProblemCode;
import de.stammkunde.api.problem.Problems;
import de.stammkunde.api.problem.ServletProblems;
import de.stammkunde.shared.audit.Actor;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.tenancy.application.ApiKeys;
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
 * The gate of {@code /v1/integration/{tenant}/…}, which Keycloak does not guard: the caller must
 * present an API key of that business ({@code Authorization: ApiKey sk_…} or {@code X-Api-Key}),
 * and may only do what integrations are for. Runs the request as the key, in the tenant's context.
 * No key, an unknown or a revoked key: 401 with {@code WWW-Authenticate: ApiKey}; a key of another
 * business: 403 {@code tenant-forbidden}; anything but the allowed operations: 403 {@code api-key-forbidden}.
 */
@WebFilter(urlPatterns = "/v1/integration/*")
public class ApiKeyFilter extends HttpFilter {

    static final String PREFIX = "/v1/integration/";
    private static final String SCHEME = "ApiKey";
    private static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");
    /** What an API key may do below its tenant: create and read clients, appointments and invoices, pay. */
    private static final Pattern ALLOWED = Pattern.compile(
            "^(POST /(clients|appointments|invoices)|GET /(clients|appointments|invoices)/\\d+|POST /invoices/\\d+/payments)$");

    @Inject
    ApiKeys keys;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String rest = path.substring(Math.min(path.length(), PREFIX.length()));
        int slash = rest.indexOf('/');
        String tenant = slash < 0 ? rest : rest.substring(0, slash);
        String operation = request.getMethod() + " " + (slash < 0 ? "" : rest.substring(slash));
        String secret = secret(request);
        if (secret == null) {
            unauthorized(request, response, "api-key-missing");
            return;
        }
        if (!TenantSlug.isValid(tenant)) {
            refuse(request, response, "tenant-forbidden");
            return;
        }
        ApiKeys.Authentication authentication = keys.authenticate(tenant, secret);
        switch (authentication.outcome()) {
            case UNKNOWN -> unauthorized(request, response, "api-key-invalid");
            case REVOKED -> unauthorized(request, response, "api-key-revoked");
            case OTHER_TENANT -> refuse(request, response, "tenant-forbidden");
            case SUSPENDED -> refuse(request, response, "tenant-suspended");
            case VALID -> {
                if (!ALLOWED.matcher(operation).matches()) {
                    refuse(request, response, "api-key-forbidden");
                    return;
                }
                proceed(request, response, chain, new TenantSlug(tenant),
                        new Actor(Actor.Kind.API_KEY, "api-key-" + authentication.keyId(), authentication.keyName()));
            }
        }
    }

    private static void proceed(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                                TenantSlug tenant, Actor actor) throws IOException, ServletException {
        String requestId = requestId(request);
        response.setHeader(REQUEST_ID_HEADER, requestId);
        MDC.put("tenant", tenant.value());
        MDC.put("requestId", requestId);
        MDC.put("apiKey", actor.id());
        try {
            TenantContext.runAs(tenant, () -> AuditContext.runAs(actor, requestId, () -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ServletException e) {
                    throw new WrappedServletException(e);
                }
                return null;
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (WrappedServletException e) {
            throw (ServletException) e.getCause();
        } finally {
            MDC.remove("tenant");
            MDC.remove("requestId");
            MDC.remove("apiKey");
        }
    }

    /** The presented secret: {@code Authorization: ApiKey sk_…} or {@code X-Api-Key: sk_…}. */
    static String secret(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1)) {
            String secret = authorization.substring(SCHEME.length() + 1).strip();
            return secret.isEmpty() ? null : secret;
        }
        String header = request.getHeader("X-Api-Key");
        return header == null || header.isBlank() ? null : header.strip();
    }

    private static String requestId(HttpServletRequest request) {
        String given = request.getHeader(REQUEST_ID_HEADER);
        return given != null && SAFE_REQUEST_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response, String code)
            throws IOException {
        response.setHeader("WWW-Authenticate", SCHEME);
        ServletProblems.write(response, HttpServletResponse.SC_UNAUTHORIZED, Problems.of(ProblemCode.UNAUTHORIZED, code,
                ServletProblems.locale(request), request.getRequestURI(), null, List.of()));
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String code)
            throws IOException {
        ServletProblems.write(response, HttpServletResponse.SC_FORBIDDEN, Problems.of(ProblemCode.FORBIDDEN, code,
                ServletProblems.locale(request), request.getRequestURI(), null, List.of()));
    }

    private static final class WrappedServletException extends RuntimeException {
        WrappedServletException(ServletException cause) {
            super(cause);
        }
    }
}
