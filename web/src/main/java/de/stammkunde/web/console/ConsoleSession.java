package de.stammkunde.web.console;

import de.stammkunde.tenancy.application.MembershipView;
import de.stammkunde.tenancy.application.TenantAccess;
import de.stammkunde.tenancy.domain.StaffRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.List;

/** The console's view of the current request: user, tenant, role, and the user's businesses. */
@Named
@RequestScoped
public class ConsoleSession {

    @Inject
    HttpServletRequest request;

    @Inject
    TenantAccess access;

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Berlin");

    private List<MembershipView> memberships;
    private ZoneId timeZone;

    public StaffUser getUser() {
        return StaffUser.of(request.getUserPrincipal(), request.isUserInRole("operator")).orElse(null);
    }

    public String getTenant() {
        return (String) request.getAttribute(ConsoleTenantFilter.TENANT_ATTRIBUTE);
    }

    public String getTenantName() {
        return getMemberships().stream().filter(m -> m.slug().equals(getTenant())).map(MembershipView::name)
                .findFirst().orElse(getTenant());
    }

    public boolean isManagesSettings() {
        Object role = request.getAttribute(ConsoleTenantFilter.ROLE_ATTRIBUTE);
        return role == StaffRole.OWNER || role == StaffRole.MANAGER;
    }

    /**
     * For pages of owners and managers only: answers anyone else with 403 and ends the request;
     * returns whether the page may go on.
     */
    public boolean admitsManagers() throws IOException {
        if (isManagesSettings()) {
            return true;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(403, "");
        faces.responseComplete();
        return false;
    }

    /** Owners manage the business's staff. */
    public boolean isOwner() {
        return request.getAttribute(ConsoleTenantFilter.ROLE_ATTRIBUTE) == StaffRole.OWNER;
    }

    /** For pages only owners may open: everyone else gets the 403 error page. */
    public void requireOwner() throws IOException {
        if (!isOwner()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, "");
            faces.responseComplete();
        }
    }

    public List<MembershipView> getMemberships() {
        if (memberships == null) {
            StaffUser user = getUser();
            memberships = user == null ? List.of() : access.memberships(user.subject());
        }
        return memberships;
    }

    /** A point in time as the business reads it: its time zone, the page's language. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(getTimeZone())
                .format(instant);
    }

    public ZoneId getTimeZone() {
        if (timeZone == null) {
            String tenant = getTenant();
            timeZone = tenant == null ? DEFAULT_ZONE : access.timeZone(tenant).orElse(DEFAULT_ZONE);
        }
        return timeZone;
    }

    public String link(String page) {
        return request.getContextPath() + "/app/" + getTenant() + "/" + page;
    }

    /** On the tenant picker: a user of exactly one business goes straight to it. */
    public void openSingleBusiness() throws IOException {
        List<MembershipView> mine = getMemberships();
        if (mine.size() == 1 && !mine.get(0).suspended()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/app/" + mine.get(0).slug() + "/");
        }
    }
}
