package de.stammkunde.consent.application;

import de.stammkunde.client.application.ClientService;
import de.stammkunde.client.application.ClientView;
import de.stammkunde.consent.domain.ConsentPolicy;
import de.stammkunde.consent.domain.ConsentPurpose;
import de.stammkunde.shared.audit.Actor;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.shared.config.Setting;
import de.stammkunde.shared.config.Settings;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.shared.link.LinkKeys;
import de.stammkunde.shared.link.SignedLink;
import de.stammkunde.tenancy.domain.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The consent form behind a signed link: staff create the link for one client; the client opens
 * it without an account and answers; every answer is recorded with proof (form, IP, user agent,
 * text version). The tenant comes from the context the web filter set from the token; the token
 * is verified here with that tenant's key before anything is shown or recorded.
 */
@Stateless
public class ConsentLinks {

    public static final String PURPOSE = "consent";
    private static final Set<String> CHANNELS = Set.of("email", "sms");
    private static final int DEFAULT_DAYS = 14;
    private static final int MAX_DAYS = 30;

    @Inject
    LinkKeys keys;

    @Inject
    ClientService clients;

    @Inject
    ConsentService consents;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    public ConsentLinkView create(long clientId, String channel, Integer validDays) {
        List<Invalid.Violation> violations = new ArrayList<>();
        String checkedChannel = channel == null || channel.isBlank() ? "email" : channel.strip().toLowerCase();
        if (!CHANNELS.contains(checkedChannel)) {
            violations.add(new Invalid.Violation("channel", "email or sms"));
        }
        int days = validDays == null ? DEFAULT_DAYS : validDays;
        if (days < 1 || days > MAX_DAYS) {
            violations.add(new Invalid.Violation("validDays", "1 to " + MAX_DAYS));
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        clients.find(clientId);
        Instant expires = clock.instant().plus(Duration.ofDays(days));
        String token = new SignedLink(PURPOSE, TenantContext.require().value(), clientId, checkedChannel, expires)
                .sign(keys.current());
        return new ConsentLinkView(settings.get(Setting.PUBLIC_URL) + "/consent/" + token, checkedChannel, expires);
    }

    /** The language the token's client reads, or empty when the token is not valid. */
    public java.util.Optional<String> language(String token) {
        try {
            return java.util.Optional.of(client(verify(token)).preferredLanguage());
        } catch (SignedLink.InvalidLink e) {
            return java.util.Optional.empty();
        }
    }

    /** The form for the token's client; refuses tampered, expired or foreign tokens. */
    public ConsentFormView open(String token) {
        SignedLink link = verify(token);
        ClientView client = client(link);
        boolean minor = ConsentPolicy.isMinor(client.birthday(), LocalDate.now(clock));
        List<ConsentView> current = consents.consents(client.id());
        List<ConsentTextView> texts = consents.texts();
        List<ConsentFormView.Purpose> purposes = new ArrayList<>();
        for (ConsentPurpose purpose : consents.purposes()) {
            if (purpose == ConsentPurpose.IMAGE_PUBLICATION && minor) {
                continue;
            }
            ConsentTextView text = texts.stream()
                    .filter(t -> t.current() && t.purpose().equals(purpose.slug()) && t.language().equals(client.preferredLanguage()))
                    .findFirst().orElseThrow();
            List<ConsentFormView.Channel> channels = current.stream()
                    .filter(view -> view.purpose().equals(purpose.slug()))
                    .map(view -> new ConsentFormView.Channel(view.channel(), view.state()))
                    .toList();
            purposes.add(new ConsentFormView.Purpose(purpose.slug(), text.version(), text.body(), channels));
        }
        return new ConsentFormView(client.id(), client.firstName(), client.preferredLanguage(), link.expiresAt(),
                purposes);
    }

    /**
     * Records the client's answers, keyed {@code purpose:channel} with GIVEN or REFUSED (a change
     * from GIVEN to REFUSED is recorded as WITHDRAWN). Unchanged and empty answers are skipped.
     */
    public int answer(String token, Map<String, String> answers, String ip, String userAgent) {
        SignedLink link = verify(token);
        ClientView client = client(link);
        ConsentFormView form = open(token);
        Actor actor = new Actor(Actor.Kind.CLIENT, "client-" + client.id(), client.firstName() + " " + client.lastName());
        String source = "sms".equals(link.detail()) ? "SMS_FORM" : "EMAIL_FORM";
        return AuditContext.runAs(actor, UUID.randomUUID().toString(), () -> {
            int recorded = 0;
            for (ConsentFormView.Purpose purpose : form.purposes()) {
                for (ConsentFormView.Channel channel : purpose.channels()) {
                    String answer = answers.get(purpose.purpose() + ":" + channel.channel());
                    if (answer == null || answer.isBlank()) {
                        continue;
                    }
                    String state = "REFUSED".equals(answer) && "GIVEN".equals(channel.state()) ? "WITHDRAWN" : answer;
                    if (state.equals(channel.state())) {
                        continue;
                    }
                    consents.record(client.id(), ConsentPurpose.bySlug(purpose.purpose()).orElseThrow(),
                            new RecordConsent(channel.channel(), state, source, purpose.textVersion(), form.language(),
                                    ip, userAgent, null, null));
                    recorded++;
                }
            }
            return recorded;
        });
    }

    private SignedLink verify(String token) {
        SignedLink link = SignedLink.verify(token, keys.current(), PURPOSE, clock.instant());
        if (!link.tenant().equals(TenantContext.require().value())) {
            throw new SignedLink.InvalidLink(SignedLink.Refusal.TAMPERED);
        }
        return link;
    }

    private ClientView client(SignedLink link) {
        try {
            return clients.find(link.subjectId());
        } catch (NotFound e) {
            throw new SignedLink.InvalidLink(SignedLink.Refusal.MALFORMED);
        }
    }
}
