package de.stammkunde.shared.link;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Clock;

/** The link key of the tenant in context, made on first use. */
@Stateless
public class LinkKeys {

    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    Clock clock;

    public byte[] current() {
        byte[] fresh = new byte[KEY_BYTES];
        RANDOM.nextBytes(fresh);
        em.createNativeQuery("insert into link_key (id, secret, created_at) values (1, :secret, :now)"
                        + " on conflict (id) do nothing")
                .setParameter("secret", fresh)
                .setParameter("now", clock.instant())
                .executeUpdate();
        return (byte[]) em.createNativeQuery("select secret from link_key where id = 1").getSingleResult();
    }
}
