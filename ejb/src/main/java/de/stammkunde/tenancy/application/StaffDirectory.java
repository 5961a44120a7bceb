package de.stammkunde.tenancy.application;

import de.stammkunde.messaging.domain.MailMessage;
import de.stammkunde.messaging.infrastructure.SmtpMailer;
import de.stammkunde.shared.audit.Actor;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.shared.config.Setting;
import de.stammkunde.shared.config.Settings;
import de.stammkunde.shared.error.ApplicationException;
import de.stammkunde.shared.error.Unavailable;
import de.stammkunde.tenancy.application.StaffMemberships.StaffTenant;
import de.stammkunde.tenancy.domain.StaffRole;
import de.stammkunde.tenancy.domain.TenantContext;
import de.stammkunde.tenancy.domain.TenantSlug;
import de.stammkunde.tenancy.infrastructure.KeycloakOrganizations;
import de.stammkunde.tenancy.infrastructure.KeycloakOrganizations.KeycloakUser;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The staff of the current business, managed by its owners: list, invite, change a role, remove.
 * The business and the acting user come from the request's {@link TenantContext} and
 * {@link AuditContext}, which the API and console filters set after verifying both.
 * <p>
 * Inviting spans Keycloak, the registry and the mail server, as provisioning does: each step that
 * succeeded registers its undo, and a failure undoes them in reverse. A new user gets the
 * invitation and Keycloak's set-password email; a user who has a Stammkunde login already (e.g.
 * from another business) gets the invitation only, telling them to sign in as before.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaffDirectory {

    private static final Logger LOG = Logger.getLogger(StaffDirectory.class.getName());
    private static final String CONSOLE_CLIENT = "web";

    @Inject
    StaffMemberships memberships;

    @Inject
    KeycloakOrganizations keycloak;

    @Inject
    SmtpMailer mailer;

    @Inject
    Settings settings;

    /** Refuses anyone but an owner; lets the edge do so before it looks at their input. */
    public void requireOwner() {
        memberships.requireOwner(TenantContext.require(), actor());
    }

    /** The members of the business, owners first, at most {@link StaffMemberships#MAX_LISTED}. */
    public List<StaffMemberView> list() {
        TenantSlug slug = TenantContext.require();
        memberships.requireOwner(slug, actor());
        return memberships.list(slug);
    }

    public StaffMemberView invite(NewStaffMember request) {
        TenantSlug slug = TenantContext.require();
        Actor actor = actor();
        StaffTenant tenant = memberships.requireOwner(slug, actor);
        String email = request.email().value();
        memberships.requireNoMember(slug, email);
        Deque<Runnable> undo = new ArrayDeque<>();
        try {
            KeycloakUser user = keycloak.findOrCreateUser(email);
            if (user.created()) {
                undo.push(() -> keycloak.deleteUser(user.id()));
            }
            if (keycloak.addMemberIfAbsent(tenant.organizationId(), user.id())) {
                undo.push(() -> keycloak.removeMember(tenant.organizationId(), user.id()));
            }
            StaffMemberView member = memberships.add(slug, actor, user.id(), email, request.role());
            undo.push(() -> memberships.undoAdd(slug, actor, user.id(), "invitation failed"));
            sendInvitation(tenant, request, actor, user);
            LOG.info(() -> "Staff member " + user.id() + " invited to " + slug + " as " + request.role());
            return member;
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Invitation to " + slug + " failed; undoing", failure);
            undo.forEach(step -> undoQuietly(slug, step));
            throw failure instanceof ApplicationException
                    ? failure
                    : new Unavailable("keycloak-unavailable", "The invitation could not be made: " + failure.getMessage());
        }
    }

    public StaffMemberView changeRole(String subject, StaffRole role) {
        return memberships.changeRole(TenantContext.require(), actor(), subject, role);
    }

    /**
     * Removes the member from the registry first (that is where access is decided, and where the
     * last-owner rule is checked under a lock), then from the Keycloak organization; if Keycloak
     * refuses, the membership is restored.
     */
    public void remove(String subject) {
        TenantSlug slug = TenantContext.require();
        Actor actor = actor();
        StaffTenant tenant = memberships.requireOwner(slug, actor);
        StaffMemberView removed = memberships.remove(slug, actor, subject);
        try {
            keycloak.removeMember(tenant.organizationId(), subject);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Removal of " + subject + " from " + slug + " failed in Keycloak; restoring", failure);
            memberships.restore(slug, actor, removed, "Keycloak refused the removal");
            throw new Unavailable("keycloak-unavailable", "The member could not be removed: " + failure.getMessage());
        }
        LOG.info(() -> "Staff member " + subject + " removed from " + slug);
    }

    private void sendInvitation(StaffTenant tenant, NewStaffMember request, Actor actor, KeycloakUser user) {
        String consoleUrl = settings.get(Setting.PUBLIC_URL) + "/app/" + tenant.slug().value() + "/";
        String invitedBy = actor.displayName() == null ? tenant.name() : actor.displayName();
        try {
            mailer.send(new MailMessage(request.email(), StaffInvitationText.subject(tenant.name(), tenant.locale()),
                    StaffInvitationText.body(tenant.name(), request.role(), invitedBy, tenant.locale(), consoleUrl,
                            user.created())));
        } catch (MessagingException e) {
            throw new Unavailable("mail-not-accepted", "The invitation could not be sent: " + e.getMessage());
        }
        if (user.created()) {
            keycloak.sendSetPasswordEmail(user.id(), CONSOLE_CLIENT, consoleUrl);
        }
    }

    private static Actor actor() {
        return AuditContext.current().actor();
    }

    private static void undoQuietly(TenantSlug slug, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not undo a step of an invitation to " + slug + "; clean up by hand", e);
        }
    }
}
