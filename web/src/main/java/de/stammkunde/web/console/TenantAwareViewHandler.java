package de.stammkunde.web.console;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * Makes forms and Ajax requests of a console page post back to {@code /app/{tenant}/{page}}, so
 * every request passes the tenant check of {@link ConsoleTenantFilter} again; the public consent
 * form posts back to its signed link, the public booking page to {@code /book/{tenant}}.
 */
public class TenantAwareViewHandler extends ViewHandlerWrapper {

    private static final String CONSOLE = "/app/";
    private static final String SUFFIX = ".xhtml";

    public TenantAwareViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        Object tenant = context.getExternalContext().getRequestMap().get(ConsoleTenantFilter.TENANT_ATTRIBUTE);
        if (tenant != null && viewId.startsWith(CONSOLE) && viewId.endsWith(SUFFIX)) {
            String page = viewId.substring(CONSOLE.length(), viewId.length() - SUFFIX.length());
            return context.getExternalContext().getRequestContextPath() + CONSOLE + tenant + "/" + page;
        }
        Object token = context.getExternalContext().getRequestMap()
                .get(de.stammkunde.web.publicpages.ConsentLinkFilter.TOKEN_ATTRIBUTE);
        if (token != null && "/consent-form.xhtml".equals(viewId)) {
            return context.getExternalContext().getRequestContextPath() + "/consent/" + token;
        }
        Object business = context.getExternalContext().getRequestMap()
                .get(de.stammkunde.web.publicpages.BookingLinkFilter.TENANT_ATTRIBUTE);
        if (business instanceof de.stammkunde.tenancy.application.TenantView booking
                && "/booking.xhtml".equals(viewId)) {
            return context.getExternalContext().getRequestContextPath() + "/book/" + booking.slug();
        }
        return super.getActionURL(context, viewId);
    }
}
