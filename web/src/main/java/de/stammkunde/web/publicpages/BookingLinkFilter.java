package de.stammkunde.web.publicpages;

import de.stammkunde.shared.audit.Actor;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.shared.i18n.Languages;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Optional;
import java.util.UUID;

/**
 * Routes {@code /book/{tenant}} to the public booking page inside that tenant's context, with
 * the audit actor "online booking". An unknown business gets 404, a suspended one 403. The query
 * string stays ({@code ?ref=CODE}, {@code ?lang=en}): no login redirect happens here.
 */
@WebFilter(urlPatterns = "/book/*")
public class BookingLinkFilter extends HttpFilter {

    public static final String TENANT_ATTRIBUTE = "stammkunde.bookingTenant";
    /** The page's language, de or en: {@code lang} (the link's, or the form's on a post back), else the browser's. */
    public static final String LANGUAGE_ATTRIBUTE = "stammkunde.bookingLanguage";
    static final String PAGE = "/booking.xhtml";
    private static final Actor ONLINE_BOOKING = new Actor(Actor.Kind.CLIENT, "online-booking", "Online booking");

    @Inject
    TenantRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.setAttribute(LANGUAGE_ATTRIBUTE, language(request));
        String tenant = request.getRequestURI().substring(request.getContextPath().length() + "/book/".length());
        if (tenant.endsWith("/")) {
            tenant = tenant.substring(0, tenant.length() - 1);
        }
        Optional<TenantStatus> status = TenantSlug.isValid(tenant)
                ? registry.status(new TenantSlug(tenant)) : Optional.empty();
        if (status.isEmpty() || status.get() == TenantStatus.PROVISIONING) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (status.get() != TenantStatus.ACTIVE) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        TenantSlug slug = new TenantSlug(tenant);
        TenantView business = registry.view(slug);
        request.setAttribute(TENANT_ATTRIBUTE, business);
        TenantContext.runAs(slug, () -> AuditContext.runAs(ONLINE_BOOKING, UUID.randomUUID().toString(), () -> {
            forward(request, response);
            return null;
        }));
    }

    private static String language(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null && Languages.isSupported(lang)) {
            return lang;
        }
        return request.getHeader("Accept-Language") == null ? Languages.GERMAN.getLanguage()
                : Languages.preferred(Collections.list(request.getLocales())).getLanguage();
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
