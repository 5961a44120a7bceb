package de.stammkunde.web.publicpages;

import de.stammkunde.consent.application.ConsentLinks;
import de.stammkunde.shared.audit.Actor;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.shared.link.SignedLink;
import de.stammkunde.tenancy.application.TenantRegistry;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * Routes {@code /consent/{token}} to the consent form inside the tenant named by the token. The
 * token is only read here to find the tenant; the form's service verifies it with that tenant's
 * key. A token that names no active tenant gets the "invalid link" page.
 */
@WebFilter(urlPatterns = "/consent/*")
public class ConsentLinkFilter extends HttpFilter {

    public static final String TOKEN_ATTRIBUTE = "stammkunde.consentToken";
    public static final String BUSINESS_ATTRIBUTE = "stammkunde.business";
    static final String PAGE = "/consent-form.xhtml";

    public static final String LANGUAGE_ATTRIBUTE = "stammkunde.consentLanguage";

    @Inject
    TenantRegistry registry;

    @Inject
    ConsentLinks links;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String token = request.getRequestURI().substring(request.getContextPath().length() + "/consent/".length());
        String tenant = null;
        try {
            tenant = SignedLink.read(token).tenant();
        } catch (SignedLink.InvalidLink e) {
            // shown as an invalid link below
        }
        if (tenant == null || !TenantSlug.isValid(tenant)
                || registry.status(new TenantSlug(tenant)).orElse(null) != TenantStatus.ACTIVE) {
            request.setAttribute(TOKEN_ATTRIBUTE, null);
            forward(request, response);
            return;
        }
        request.setAttribute(TOKEN_ATTRIBUTE, token);
        request.setAttribute(BUSINESS_ATTRIBUTE, registry.view(new TenantSlug(tenant)).name());
        TenantContext.runAs(new TenantSlug(tenant), () -> AuditContext.runAs(
                new Actor(Actor.Kind.CLIENT, "consent-link", "Consent form"), UUID.randomUUID().toString(), () -> {
                    request.setAttribute(LANGUAGE_ATTRIBUTE, links.language(token).orElse("de"));
                    forward(request, response);
                    return null;
                }));
    }

    private static void forward(HttpServletRequest request, HttpServletResponse response) {
        try {
            request.getRequestDispatcher(PAGE).forward(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
    }
}
