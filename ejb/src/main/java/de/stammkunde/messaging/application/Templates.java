package de.stammkunde.messaging.application;

import de.stammkunde.messaging.domain.DefaultTemplates;
import de.stammkunde.messaging.domain.MessageChannel;
import de.stammkunde.messaging.domain.MessageKind;
import de.stammkunde.messaging.domain.MessageTemplate;
import de.stammkunde.messaging.domain.MessageTemplates;
import de.stammkunde.messaging.domain.RenderedMessage;
import de.stammkunde.messaging.domain.TemplateText;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.i18n.Languages;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The business's message templates: its own wording where it wrote one, the product's default
 * otherwise. Templates are checked before they are saved (syntax, unknown placeholders) and can
 * be previewed on a sample client.
 */
@Stateless
public class Templates {

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    TenantFacts tenantFacts;

    @Inject
    Clock clock;

    /** The wording that is used now. */
    public TemplateText effective(MessageKind kind, MessageChannel channel, String language) {
        return own(kind, channel, language).map(MessageTemplate::text)
                .or(() -> DefaultTemplates.of(kind, channel, language))
                .orElseThrow(() -> Invalid.field("channel", kind.slug() + " is not sent by " + channel));
    }

    /** Every kind, channel and language a template exists for, with the wording used now. */
    public List<TemplateView> list() {
        List<TemplateView> views = new ArrayList<>();
        for (MessageKind kind : MessageKind.values()) {
            for (MessageChannel channel : MessageChannel.values()) {
                if (!DefaultTemplates.supports(kind, channel)) {
                    continue;
                }
                for (String language : List.of("de", "en")) {
                    views.add(view(kind, channel, language));
                }
            }
        }
        return views;
    }

    public TemplateView view(MessageKind kind, MessageChannel channel, String language) {
        checkSupported(kind, channel, language);
        Optional<MessageTemplate> own = own(kind, channel, language);
        TemplateText text = effective(kind, channel, language);
        return new TemplateView(kind.slug(), channel.name(), language, text.subject(), text.body(), own.isPresent(),
                own.map(MessageTemplate::version).orElse(0L), own.map(MessageTemplate::updatedBy).orElse(null),
                own.map(MessageTemplate::updatedAt).orElse(null), kind.placeholders().stream().sorted().toList());
    }

    /** Saves the business's wording, if nobody changed it since {@code expectedVersion}. */
    public TemplateView save(MessageKind kind, MessageChannel channel, String language, TemplateText text,
                             Long expectedVersion) {
        checkSupported(kind, channel, language);
        TemplateText cleaned = new TemplateText(channel == MessageChannel.EMAIL ? strip(text.subject()) : null,
                strip(text.body()));
        List<MessageTemplates.Problem> problems = MessageTemplates.check(kind, channel, cleaned);
        if (!problems.isEmpty()) {
            throw new Invalid(problems.stream().map(p -> new Invalid.Violation(p.field(), p.message())).toList());
        }
        Optional<MessageTemplate> own = own(kind, channel, language);
        long current = own.map(MessageTemplate::version).orElse(0L);
        if (expectedVersion != null && expectedVersion != current) {
            throw new Conflict("template-changed", "The template is at version " + current);
        }
        String actor = AuditContext.current().actor().displayName();
        if (own.isPresent()) {
            own.get().change(cleaned, actor, clock.instant());
        } else {
            em.persist(new MessageTemplate(kind, channel, language, cleaned, actor, clock.instant()));
        }
        em.flush();
        return view(kind, channel, language);
    }

    /** Back to the product's wording. */
    public TemplateView reset(MessageKind kind, MessageChannel channel, String language) {
        checkSupported(kind, channel, language);
        own(kind, channel, language).ifPresent(em::remove);
        em.flush();
        return view(kind, channel, language);
    }

    /** The wording rendered for a sample client; problems instead when it is not valid. */
    public PreviewView preview(MessageKind kind, MessageChannel channel, String language, TemplateText text) {
        checkSupported(kind, channel, language);
        List<MessageTemplates.Problem> problems = MessageTemplates.check(kind, channel, text);
        if (!problems.isEmpty()) {
            return new PreviewView(null, null, null, problems.stream()
                    .map(p -> new Invalid.Violation(p.field(), p.message())).toList());
        }
        RenderedMessage rendered = MessageTemplates.render(text, sample(kind, language),
                kind.marketing() && channel == MessageChannel.EMAIL
                        ? MessageLinks.unsubscribeText(language, "https://example.org/unsubscribe") : null);
        return new PreviewView(rendered.subject(), rendered.text(),
                channel == MessageChannel.EMAIL ? rendered.html() : null, List.of());
    }

    /** Example values for every placeholder of the kind. */
    public Map<String, Object> sample(MessageKind kind, String language) {
        boolean german = !"en".equals(language);
        ZoneId zone = tenantFacts.zone();
        ZonedDateTime start = ZonedDateTime.now(clock).withZoneSameInstant(zone).plusDays(2).withHour(10).withMinute(0);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("firstName", german ? "Marie" : "Mary");
        model.put("lastName", german ? "Müller" : "Miller");
        model.put("businessName", tenantFacts.name());
        model.put("appointmentStart", formatStart(start, language));
        model.put("sessionType", german ? "Porträt" : "Portrait");
        model.put("rewardName", german ? "Promocode 10 €" : "Promo code €10");
        model.put("code", "K7MQ-2P4X");
        model.put("points", "125");
        model.put("description", german ? "Sie haben einen Promocode über 10 € freigeschaltet."
                : "You unlocked a promo code worth €10.");
        model.put("link", "https://example.org/consent/…");
        model.put("validUntil", formatDay(start.plusDays(12), language));
        model.keySet().retainAll(kind.placeholders());
        return model;
    }

    /** An appointment's start as clients read it: "Mittwoch, 25. November 2026 um 10:00". */
    public static String formatStart(ZonedDateTime start, String language) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.GERMAN;
        String pattern = "en".equals(language) ? "EEEE, d MMMM yyyy 'at' HH:mm" : "EEEE, d. MMMM yyyy 'um' HH:mm 'Uhr'";
        return DateTimeFormatter.ofPattern(pattern, locale).format(start);
    }

    public static String formatDay(ZonedDateTime day, String language) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.GERMAN;
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }

    private Optional<MessageTemplate> own(MessageKind kind, MessageChannel channel, String language) {
        return em.createQuery("""
                        select t from MessageTemplate t
                        where t.kind = :kind and t.channel = :channel and t.language = :language""", MessageTemplate.class)
                .setParameter("kind", kind)
                .setParameter("channel", channel)
                .setParameter("language", language)
                .getResultStream()
                .findFirst();
    }

    private static void checkSupported(MessageKind kind, MessageChannel channel, String language) {
        if (!Languages.isSupported(language)) {
            throw Invalid.field("language", "de or en");
        }
        if (!DefaultTemplates.supports(kind, channel)) {
            throw Invalid.field("channel", kind.slug() + " is not sent by " + channel.name().toLowerCase());
        }
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
