package de.stammkunde.referral.application;

import de.stammkunde.client.application.ClientChecks;
import de.stammkunde.client.application.ClientsCreated;
import de.stammkunde.referral.domain.CodeStyle;
import de.stammkunde.referral.domain.ReferralCodes;
import de.stammkunde.referral.domain.ReferralSettings;
import de.stammkunde.shared.config.Setting;
import de.stammkunde.shared.config.Settings;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.tenancy.domain.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every client's referral code: given in the transaction that creates the client, to clients who
 * existed before by {@link ReferralCodeSweep}, and on demand. Codes are unique in the business
 * (the primary key), case-insensitive (stored upper case) and never given to anyone else.
 */
@Stateless
public class ReferralCodeService {

    private static final int TRIES = 20;

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    ClientChecks clientChecks;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    public void on(@Observes ClientsCreated created) {
        created.clientIds().forEach(this::assign);
    }

    /** The client's active code, given now if they have none. */
    public ReferralCodeView codeOf(long clientId) {
        clientChecks.requireExisting(clientId);
        String code = active(clientId).orElseGet(() -> assign(clientId));
        return view(clientId, code);
    }

    /** The client with this code (any case, blanks as dashes); 404 when no client has it. */
    public ReferralCodeView find(String typed) {
        String code = ReferralCodes.normalise(typed);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select r.client_id, r.active from referral_code r join client c on c.id = r.client_id
                        where r.code = :code and c.deleted_at is null""")
                .setParameter("code", code).getResultList();
        if (rows.isEmpty() || !(Boolean) rows.get(0)[1]) {
            throw new NotFound("referral-code-not-found", "No client has the referral code " + code);
        }
        return view(((Number) rows.get(0)[0]).longValue(), code);
    }

    /** Whether an active code of a client (not erased) is this one. */
    public boolean known(String typed) {
        return !em.createNativeQuery("""
                        select 1 from referral_code r join client c on c.id = r.client_id
                        where r.code = :code and r.active and c.deleted_at is null""")
                .setParameter("code", ReferralCodes.normalise(typed)).getResultList().isEmpty();
    }

    /**
     * Gives the client a new pseudonymous code (e.g. when they do not want to be recognised from
     * a forwarded link); the old code stays reserved and no longer works.
     */
    public ReferralCodeView renewPseudonymous(long clientId) {
        clientChecks.requireExisting(clientId);
        em.createNativeQuery("update referral_code set active = false where client_id = :client and active")
                .setParameter("client", clientId).executeUpdate();
        return view(clientId, insert(clientId, CodeStyle.PSEUDONYM, null));
    }

    /** Gives up to {@code limit} clients without a code theirs, oldest first; returns how many. */
    public int assignMissing(int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select c.id from client c
                        where c.deleted_at is null
                          and not exists (select 1 from referral_code r where r.client_id = c.id and r.active)
                        order by c.id limit :limit""")
                .setParameter("limit", limit).getResultList();
        ids.forEach(id -> assign(id.longValue()));
        return ids.size();
    }

    public ReferralSettingsView settings() {
        ReferralSettings current = em.find(ReferralSettings.class, ReferralSettings.ID);
        return new ReferralSettingsView(current.version(), current.enabled(), current.referrerPoints(),
                current.welcomePoints(), current.monthlyCap(), current.codeStyle().name(), current.updatedAt());
    }

    /** Changes the settings if nobody changed them since {@code expectedVersion} (when given). */
    public ReferralSettingsView change(Long expectedVersion, ReferralSettingsChange change) {
        ReferralSettings current = em.find(ReferralSettings.class, ReferralSettings.ID);
        if (expectedVersion != null && current.version() != expectedVersion) {
            throw new Conflict("referral-settings-changed", "The referral settings were changed meanwhile; reload them");
        }
        Integer cap = change.monthlyCap() == null ? current.monthlyCap()
                : change.monthlyCap() == 0 ? null : change.monthlyCap();
        current.change(change.enabled() == null ? current.enabled() : change.enabled(),
                change.referrerPoints() == null ? current.referrerPoints() : change.referrerPoints(),
                change.welcomePoints() == null ? current.welcomePoints() : change.welcomePoints(), cap,
                change.codeStyle() == null ? current.codeStyle() : change.codeStyle(), clock.instant());
        em.flush();
        return settings();
    }

    private String assign(long clientId) {
        Optional<String> existing = active(clientId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Object[] name = (Object[]) em.createNativeQuery("select first_name, last_name from client where id = :id")
                .setParameter("id", clientId).getSingleResult();
        CodeStyle style = em.find(ReferralSettings.class, ReferralSettings.ID).codeStyle();
        return insert(clientId, style, ReferralCodes.fromName((String) name[0], (String) name[1]));
    }

    /** Inserts the first free code of the style; a name nobody can write in ASCII gets a pseudonym. */
    private String insert(long clientId, CodeStyle style, String base) {
        boolean byName = style == CodeStyle.NAME && base != null && !base.isEmpty();
        int next = byName ? nextNumber(base) : 0;
        for (int attempt = 0; attempt < TRIES; attempt++) {
            String code = byName ? ReferralCodes.numbered(base, next + attempt) : ReferralCodes.pseudonym();
            int inserted = em.createNativeQuery("""
                            insert into referral_code (code, client_id, active, created_at)
                            values (:code, :client, true, :now)
                            on conflict do nothing""")
                    .setParameter("code", code).setParameter("client", clientId).setParameter("now", clock.instant())
                    .executeUpdate();
            if (inserted == 1) {
                return code;
            }
            Optional<String> meanwhile = active(clientId);
            if (meanwhile.isPresent()) {
                return meanwhile.get();
            }
        }
        throw new IllegalStateException("No free referral code for client " + clientId + " after " + TRIES + " tries");
    }

    /** 1 when the base is free, else one more than the highest number given with it. */
    private int nextNumber(String base) {
        @SuppressWarnings("unchecked")
        List<String> taken = em.createNativeQuery("select code from referral_code where code = :base or code like :prefix")
                .setParameter("base", base).setParameter("prefix", base + "-%").getResultList();
        Pattern numbered = Pattern.compile(Pattern.quote(base) + "-(\\d{1,6})");
        int highest = 0;
        for (String code : taken) {
            if (code.equals(base)) {
                highest = Math.max(highest, 1);
            } else {
                var matcher = numbered.matcher(code);
                if (matcher.matches()) {
                    highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
                }
            }
        }
        return highest + 1;
    }

    private Optional<String> active(long clientId) {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("select code from referral_code where client_id = :client and active")
                .setParameter("client", clientId).getResultList();
        return codes.stream().findFirst();
    }

    private ReferralCodeView view(long clientId, String code) {
        return new ReferralCodeView(clientId, code,
                settings.get(Setting.PUBLIC_URL) + "/book/" + TenantContext.require().value() + "?ref=" + code);
    }
}
