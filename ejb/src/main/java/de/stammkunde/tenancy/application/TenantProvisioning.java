package de.stammkunde.tenancy.application;

import de.stammkunde.messaging.domain.MailMessage;
import de.stammkunde.messaging.infrastructure.SmtpMailer;
import de.stammkunde.shared.config.Setting;
import de.stammkunde.shared.config.Settings;
import de.stammkunde.shared.error.ApplicationException;
import de.stammkunde.shared.error.Unavailable;
import de.stammkunde.tenancy.domain.TenantSlug;
import de.stammkunde.tenancy.infrastructure.KeycloakOrganizations;
import de.stammkunde.tenancy.infrastructure.KeycloakOrganizations.KeycloakUser;
import de.stammkunde.tenancy.infrastructure.SchemaMigrations;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates a tenant that is usable at once: registry entry, database role and schema migrated to
 * the newest version, Keycloak organization with the owner as member, owner membership, and the
 * owner's invitation by email. The steps span a database, Keycloak and a mail server, so no single
 * transaction covers them: each step that succeeded registers its undo, and a failure at any step
 * undoes them all in reverse, leaving no half-made tenant behind.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenantProvisioning {

    private static final Logger LOG = Logger.getLogger(TenantProvisioning.class.getName());
    private static final String CONSOLE_CLIENT = "web";

    @Inject
    TenantRegistry registry;

    @Inject
    SchemaMigrations migrations;

    @Inject
    KeycloakOrganizations keycloak;

    @Inject
    SmtpMailer mailer;

    @Inject
    Settings settings;

    public TenantView provision(NewTenant request, String operator) {
        TenantSlug slug = request.slug();
        registry.claim(request, operator);
        Deque<Runnable> undo = new ArrayDeque<>();
        try {
            migrations.createSchema(slug);
            undo.push(() -> migrations.dropSchema(slug));
            String schemaVersion = migrations.migrateTenant(slug);

            String organizationId = keycloak.createOrganization(slug, request.name());
            undo.push(() -> keycloak.deleteOrganization(organizationId));
            KeycloakUser owner = keycloak.findOrCreateUser(request.ownerEmail().value());
            if (owner.created()) {
                undo.push(() -> keycloak.deleteUser(owner.id()));
            }
            keycloak.addMember(organizationId, owner.id());

            invite(request, owner);
            TenantView tenant = registry.activate(slug, organizationId, schemaVersion, owner.id(),
                    request.ownerEmail().value(), operator);
            LOG.info(() -> "Tenant " + slug + " provisioned by " + operator + " at schema version " + schemaVersion);
            return tenant;
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Provisioning of tenant " + slug + " failed; undoing", failure);
            undo.forEach(step -> undoQuietly(slug, step));
            registry.release(slug, operator, failure.getMessage());
            throw failure instanceof ApplicationException
                    ? failure
                    : new Unavailable("provisioning-failed", "Tenant " + slug + " could not be created: " + failure.getMessage());
        }
    }

    private void invite(NewTenant request, KeycloakUser owner) {
        String consoleUrl = settings.get(Setting.PUBLIC_URL) + "/app/" + request.slug().value() + "/";
        try {
            mailer.send(new MailMessage(request.ownerEmail(), TenantInvitationText.subject(request),
                    TenantInvitationText.body(request, consoleUrl, owner.created())));
        } catch (MessagingException e) {
            throw new Unavailable("mail-not-accepted", "The invitation could not be sent: " + e.getMessage());
        }
        if (owner.created()) {
            keycloak.sendSetPasswordEmail(owner.id(), CONSOLE_CLIENT, consoleUrl);
        }
    }

    private static void undoQuietly(TenantSlug slug, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not undo a provisioning step of tenant " + slug + "; clean up by hand", e);
        }
    }
}
