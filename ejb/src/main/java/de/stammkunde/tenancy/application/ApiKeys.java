package de.stammkunde.tenancy.application;

import de.stammkunde.shared.audit.Actor;
import de.stammkunde.shared.error.Forbidden;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.tenancy.domain.ApiKey;
import de.stammkunde.tenancy.domain.Membership;
import de.stammkunde.tenancy.domain.OperatorAuditEntry;
import de.stammkunde.tenancy.domain.StaffRole;
import de.stammkunde.tenancy.domain.Tenant;
import de.stammkunde.tenancy.domain.TenantSlug;
import de.stammkunde.tenancy.domain.TenantStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The API keys of a business in the platform registry. Owners create, list and revoke them (each
 * change in the operators' audit log); integrations present the secret, which is looked up by its
 * SHA-256 hash. The secret is random (32 bytes, base64url, prefixed {@code sk_}) and returned once.
 */
@Stateless
public class ApiKeys {

    public static final String SECRET_PREFIX = "sk_";
    /** How many characters of the secret lists show: {@code sk_} and eight more. */
    static final int SHOWN = SECRET_PREFIX.length() + 8;
    static final int MAX_NAME = 100;
    private static final int MAX_ACTOR = 254;
    private static final int MAX_SECRET = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    /** The outcome of presenting a secret for a tenant. */
    public enum Outcome { VALID, UNKNOWN, REVOKED, OTHER_TENANT, SUSPENDED }

    /** Who the key is when {@link Outcome#VALID}; otherwise only the outcome. */
    public record Authentication(Outcome outcome, Long keyId, String keyName) {
        static Authentication refused(Outcome outcome) {
            return new Authentication(outcome, null, null);
        }
    }

    public NewApiKey create(TenantSlug slug, Actor actor, String name) {
        Tenant tenant = tenant(slug);
        requireOwner(tenant, actor);
        String checkedName = name == null ? "" : name.strip();
        if (checkedName.isEmpty() || checkedName.length() > MAX_NAME) {
            throw Invalid.field("name", "1 to " + MAX_NAME + " characters");
        }
        String secret = newSecret();
        ApiKey key = new ApiKey(tenant.id(), checkedName, secret.substring(0, SHOWN), hash(secret), actorName(actor),
                clock.instant());
        em.persist(key);
        em.flush();
        audit(actor, "api-key.created", slug, "#" + key.id() + " " + checkedName + " (" + key.keyPrefix() + "…)");
        return new NewApiKey(ApiKeyView.of(key), secret);
    }

    public List<ApiKeyView> list(TenantSlug slug, Actor actor) {
        Tenant tenant = tenant(slug);
        requireOwner(tenant, actor);
        return em.createQuery("select k from ApiKey k where k.tenantId = :tenant order by k.createdAt desc, k.id desc",
                        ApiKey.class)
                .setParameter("tenant", tenant.id())
                .getResultStream()
                .map(ApiKeyView::of)
                .toList();
    }

    /** Revokes the key at once; revoking it again changes nothing. */
    public ApiKeyView revoke(TenantSlug slug, Actor actor, long id) {
        Tenant tenant = tenant(slug);
        requireOwner(tenant, actor);
        ApiKey key = Optional.ofNullable(em.find(ApiKey.class, id))
                .filter(found -> found.tenantId().equals(tenant.id()))
                .orElseThrow(() -> new NotFound("api-key-not-found", "No API key " + id + " in " + slug));
        if (!key.revoked()) {
            key.revoke(actorName(actor), clock.instant());
            audit(actor, "api-key.revoked", slug, "#" + key.id() + " " + key.name() + " (" + key.keyPrefix() + "…)");
        }
        return ApiKeyView.of(key);
    }

    /**
     * Whether {@code secret} opens {@code tenant}: a known, unrevoked key of that tenant, which is
     * active. A valid use is written down at most once a minute.
     */
    public Authentication authenticate(String tenant, String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX) || secret.length() > MAX_SECRET) {
            return Authentication.refused(Outcome.UNKNOWN);
        }
        String hash = hash(secret);
        Optional<ApiKey> found = em.createQuery("select k from ApiKey k where k.secretHash = :hash", ApiKey.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst()
                .filter(key -> key.matches(hash));
        if (found.isEmpty()) {
            return Authentication.refused(Outcome.UNKNOWN);
        }
        ApiKey key = found.get();
        if (key.revoked()) {
            return Authentication.refused(Outcome.REVOKED);
        }
        Tenant owner = em.find(Tenant.class, key.tenantId());
        if (owner == null || !owner.slug().value().equals(tenant) || owner.status() == TenantStatus.PROVISIONING) {
            return Authentication.refused(Outcome.OTHER_TENANT);
        }
        if (owner.status() != TenantStatus.ACTIVE) {
            return Authentication.refused(Outcome.SUSPENDED);
        }
        Instant now = clock.instant();
        if (key.lastUseOutdated(now)) {
            em.createQuery("update ApiKey k set k.lastUsedAt = :now where k.id = :id")
                    .setParameter("now", now)
                    .setParameter("id", key.id())
                    .executeUpdate();
        }
        return new Authentication(Outcome.VALID, key.id(), key.name());
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String newSecret() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private void requireOwner(Tenant tenant, Actor actor) {
        boolean owner = actor != null && actor.kind() == Actor.Kind.STAFF
                && em.createQuery("select m from Membership m where m.tenantId = :tenant and m.subject = :subject",
                                Membership.class)
                .setParameter("tenant", tenant.id())
                .setParameter("subject", actor.id())
                .getResultStream()
                .findFirst()
                .map(m -> m.role() == StaffRole.OWNER)
                .orElse(false);
        if (!owner) {
            throw new Forbidden("api-key-owner-required", "Only an owner of " + tenant.slug() + " manages its API keys");
        }
    }

    private Tenant tenant(TenantSlug slug) {
        return em.createQuery("select t from Tenant t where t.slug = :slug", Tenant.class)
                .setParameter("slug", slug.value())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFound("tenant-not-found", "No tenant " + slug));
    }

    private void audit(Actor actor, String action, TenantSlug slug, String detail) {
        em.persist(new OperatorAuditEntry(clock.instant(), actorName(actor), action, slug.value(), detail));
    }

    private static String actorName(Actor actor) {
        String name = (actor.displayName() == null ? "" : actor.displayName() + " ") + "[" + actor.id() + "]";
        return name.length() <= MAX_ACTOR ? name : name.substring(name.length() - MAX_ACTOR);
    }
}
