package de.stammkunde.messaging.application;

import de.stammkunde.client.application.ClientService;
import de.stammkunde.client.application.ClientView;
import de.stammkunde.consent.application.ConsentService;
import de.stammkunde.consent.domain.ConsentChannel;
import de.stammkunde.consent.domain.ConsentPurpose;
import de.stammkunde.shared.audit.Actor;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.shared.config.Setting;
import de.stammkunde.shared.config.Settings;
import de.stammkunde.shared.link.LinkKeys;
import de.stammkunde.shared.link.SignedLink;
import de.stammkunde.tenancy.domain.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The links messages carry to public pages: unsubscribe (every marketing email) and the double
 * opt-in confirmation. Both are signed with the tenant's key; what a client does through them is
 * recorded as consent proof with IP and user agent.
 */
@Stateless
public class MessageLinks {

    public static final String UNSUBSCRIBE = "unsubscribe";
    public static final String CONFIRM = "marketing-confirmation";
    /** Unsubscribe links keep working long after the email was sent. */
    static final Duration UNSUBSCRIBE_VALID = Duration.ofDays(730);
    static final Duration CONFIRM_VALID = Duration.ofDays(14);

    @Inject
    LinkKeys keys;

    @Inject
    Settings settings;

    @Inject
    ClientService clients;

    @Inject
    ConsentService consents;

    @Inject
    Clock clock;

    /** What a link did, for the page that answers the client. */
    public record Outcome(boolean changed, String language, String firstName) {
    }

    /** The unsubscribe links of many clients, by client: the key is read once for all. */
    public Map<Long, String> unsubscribeLinks(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        byte[] key = keys.current();
        Map<Long, String> links = new HashMap<>();
        for (Long clientId : clientIds) {
            links.computeIfAbsent(clientId, id -> link("/unsubscribe/", UNSUBSCRIBE, id, "marketing-email",
                    UNSUBSCRIBE_VALID, key));
        }
        return links;
    }

    public String confirmationLink(long clientId) {
        return link("/confirm/", CONFIRM, clientId, "marketing-email", CONFIRM_VALID, keys.current());
    }

    /** The note under every marketing email. */
    public static String unsubscribeText(String language, String link) {
        return "en".equals(language)
                ? "You receive this email because you agreed to hear from us. Unsubscribe: " + link
                : "Sie erhalten diese E-Mail, weil Sie zugestimmt haben. Abmelden: " + link;
    }

    /** The client of a valid link, or {@link SignedLink.InvalidLink}. */
    public ClientView client(String token, String purpose) {
        SignedLink link = SignedLink.verify(token, keys.current(), purpose, clock.instant());
        if (!TenantContext.require().value().equals(link.tenant())) {
            throw new SignedLink.InvalidLink(SignedLink.Refusal.TAMPERED);
        }
        return clients.find(link.subjectId());
    }

    /** Withdraws the email marketing consent of the link's client, with proof. */
    public Outcome unsubscribe(String token, String ip, String userAgent) {
        ClientView client = client(token, UNSUBSCRIBE);
        String language = language(client);
        boolean changed = AuditContext.runAs(clientActor(client), UUID.randomUUID().toString(),
                () -> consents.withdrawByLink(client.id(), ConsentPurpose.MARKETING, ConsentChannel.EMAIL, language,
                        ip, userAgent));
        return new Outcome(changed, language, client.firstName());
    }

    /** Confirms the unconfirmed email marketing consent of the link's client (double opt-in), with proof. */
    public Outcome confirm(String token, String ip, String userAgent) {
        ClientView client = client(token, CONFIRM);
        String language = language(client);
        boolean given = AuditContext.runAs(clientActor(client), UUID.randomUUID().toString(),
                () -> consents.confirmMarketingEmail(client.id(), language, ip, userAgent));
        return new Outcome(given, language, client.firstName());
    }

    private String link(String path, String purpose, long clientId, String detail, Duration valid, byte[] key) {
        String token = new SignedLink(purpose, TenantContext.require().value(), clientId, detail,
                clock.instant().plus(valid)).sign(key);
        return settings.get(Setting.PUBLIC_URL) + path + token;
    }

    private static String language(ClientView client) {
        return "en".equals(client.preferredLanguage()) ? "en" : "de";
    }

    private static Actor clientActor(ClientView client) {
        return new Actor(Actor.Kind.CLIENT, "client-" + client.id(), client.firstName() + " " + client.lastName());
    }
}
