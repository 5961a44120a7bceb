package de.stammkunde.messaging.application;

import de.stammkunde.client.domain.ClientStatus;
import de.stammkunde.messaging.domain.Campaign;
import de.stammkunde.messaging.domain.CampaignKind;
import de.stammkunde.messaging.domain.CampaignState;
import de.stammkunde.messaging.domain.MessageChannel;
import de.stammkunde.messaging.domain.MessageKind;
import de.stammkunde.messaging.domain.MessageTemplates;
import de.stammkunde.messaging.domain.TemplateText;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.tenancy.domain.TenantContext;
import de.stammkunde.tenancy.domain.TenantSlug;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Newsletter and re-permission campaigns: drafted (wording checked like templates), previewed with
 * their audience, scheduled or sent now, cancelled while not yet sending. The sending itself is
 * {@link CampaignSender}'s, in batches of their own transactions.
 */
@Stateless
public class Campaigns {

    public static final int MAX_NAME = 200;
    public static final int MAX_TAG = 50;
    public static final int MAX_SIZE = 200;

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    CampaignAudience audience;

    @Inject
    Templates templates;

    @Inject
    CampaignSender sender;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public CampaignPage page(int page, int size) {
        if (page < 0) {
            throw Invalid.field("page", "0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw Invalid.field("size", "1 to " + MAX_SIZE);
        }
        long total = em.createQuery("select count(c) from Campaign c", Long.class).getSingleResult();
        List<CampaignView> items = em.createQuery("select c from Campaign c order by c.createdAt desc, c.id desc",
                        Campaign.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultStream()
                .map(Campaigns::view)
                .toList();
        return new CampaignPage(items, total, page, size);
    }

    public CampaignView view(long id) {
        return view(find(id));
    }

    public CampaignView create(CampaignRequest request) {
        CampaignRequest checked = request == null ? new CampaignRequest(null, null, null, null, null, null, null, null)
                : request;
        List<Invalid.Violation> violations = new ArrayList<>();
        CampaignKind kind = kind(checked.kind(), violations);
        Draft draft = draft(kind, checked, violations);
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        String actor = actor();
        Campaign campaign = new Campaign(kind, actor, clock.instant());
        campaign.change(draft.name, draft.german, draft.english, draft.tag, draft.status, actor, clock.instant());
        em.persist(campaign);
        em.flush();
        return view(campaign);
    }

    /** Changes a draft, if nobody changed it since {@code expectedVersion} (when given). */
    public CampaignView update(long id, CampaignRequest request, Long expectedVersion) {
        Campaign campaign = find(id);
        if (expectedVersion != null && expectedVersion != campaign.version()) {
            throw new Conflict("campaign-changed", "The campaign is at version " + campaign.version());
        }
        if (campaign.state() != CampaignState.DRAFT) {
            throw new Conflict("campaign-not-draft", "Only a draft can be changed; this campaign is "
                    + campaign.state());
        }
        CampaignRequest checked = request == null ? new CampaignRequest(null, null, null, null, null, null, null, null)
                : request;
        List<Invalid.Violation> violations = new ArrayList<>();
        if (checked.kind() != null && !checked.kind().isBlank()
                && kind(checked.kind(), violations) != campaign.kind() && violations.isEmpty()) {
            violations.add(new Invalid.Violation("kind", "the kind of a campaign does not change"));
        }
        Draft draft = draft(campaign.kind(), checked, violations);
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        campaign.change(draft.name, draft.german, draft.english, draft.tag, draft.status, actor(), clock.instant());
        em.flush();
        return view(campaign);
    }

    /** The wording on a sample client in both languages, and the audience with how many may receive it now. */
    public CampaignPreview preview(long id) {
        Campaign campaign = find(id);
        long[] counts = audience.counts(campaign);
        return new CampaignPreview(counts[0], counts[1], render(campaign, "de"), render(campaign, "en"));
    }

    /** Sends the campaign at {@code at} (a future instant, ISO-8601). */
    public CampaignView schedule(long id, String at) {
        Instant when;
        try {
            when = at == null || at.isBlank() ? null : Instant.parse(at.strip());
        } catch (DateTimeParseException e) {
            when = null;
        }
        if (when == null) {
            throw Invalid.field("at", "an instant, e.g. 2030-01-31T09:00:00Z");
        }
        if (!when.isAfter(clock.instant())) {
            throw Invalid.field("at", "must be in the future");
        }
        Campaign campaign = open(id, "scheduled");
        campaign.schedule(when, actor(), clock.instant());
        em.flush();
        return view(campaign);
    }

    /** Sends the campaign now: queued right after this transaction commits (the timer is the safety net). */
    public CampaignView sendNow(long id) {
        Campaign campaign = open(id, "sent");
        campaign.schedule(clock.instant(), actor(), clock.instant());
        em.flush();
        TenantSlug tenant = TenantContext.require();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    sender.sendSoon(tenant);
                }
            }
        });
        return view(campaign);
    }

    /** Calls a draft or scheduled campaign off; one that is sending or sent cannot be. */
    public CampaignView cancel(long id) {
        Campaign campaign = open(id, "cancelled");
        campaign.cancel(actor(), clock.instant());
        em.flush();
        return view(campaign);
    }

    private Campaign open(long id, String what) {
        Campaign campaign = em.find(Campaign.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (campaign == null) {
            throw notFound();
        }
        if (!campaign.state().open()) {
            throw new Conflict("campaign-not-open", "Only a draft or scheduled campaign can be " + what
                    + "; this campaign is " + campaign.state());
        }
        return campaign;
    }

    private PreviewView render(Campaign campaign, String language) {
        if (campaign.kind() == CampaignKind.REPERMISSION) {
            return templates.preview(MessageKind.REPERMISSION, MessageChannel.EMAIL, language,
                    templates.effective(MessageKind.REPERMISSION, MessageChannel.EMAIL, language));
        }
        return templates.preview(MessageKind.NEWSLETTER, MessageChannel.EMAIL, language, campaign.text(language));
    }

    private Campaign find(long id) {
        Campaign campaign = em.find(Campaign.class, id);
        if (campaign == null) {
            throw notFound();
        }
        return campaign;
    }

    private static NotFound notFound() {
        return new NotFound("campaign-not-found", "No such campaign");
    }

    private static String actor() {
        return AuditContext.current().actor().displayName();
    }

    private record Draft(String name, TemplateText german, TemplateText english, String tag, ClientStatus status) {
    }

    private static Draft draft(CampaignKind kind, CampaignRequest request, List<Invalid.Violation> violations) {
        String name = strip(request.name());
        if (name == null || name.length() > MAX_NAME) {
            violations.add(new Invalid.Violation("name", "required, at most " + MAX_NAME + " characters"));
        }
        String tag = strip(request.tag());
        if (tag != null && tag.length() > MAX_TAG) {
            violations.add(new Invalid.Violation("tag", "at most " + MAX_TAG + " characters"));
        }
        ClientStatus status = null;
        String statusText = strip(request.clientStatus());
        if (statusText != null) {
            try {
                status = ClientStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add(new Invalid.Violation("clientStatus", "one of NEW, REGULAR, INACTIVE"));
            }
        }
        TemplateText german = null;
        TemplateText english = null;
        if (kind == CampaignKind.NEWSLETTER) {
            german = new TemplateText(strip(request.subjectDe()), strip(request.bodyDe()));
            check(german, "De", violations);
            if (strip(request.subjectEn()) != null || strip(request.bodyEn()) != null) {
                english = new TemplateText(strip(request.subjectEn()), strip(request.bodyEn()));
                check(english, "En", violations);
            }
        }
        return new Draft(name, german, english, tag, status);
    }

    private static void check(TemplateText text, String suffix, List<Invalid.Violation> violations) {
        for (MessageTemplates.Problem problem : MessageTemplates.check(MessageKind.NEWSLETTER, MessageChannel.EMAIL,
                text)) {
            violations.add(new Invalid.Violation(problem.field() + suffix, problem.message()));
        }
    }

    private static CampaignKind kind(String kind, List<Invalid.Violation> violations) {
        String text = strip(kind);
        if (text != null) {
            try {
                return CampaignKind.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        violations.add(new Invalid.Violation("kind", "newsletter or repermission"));
        return null;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static CampaignView view(Campaign c) {
        return new CampaignView(c.id(), c.kind().name().toLowerCase(Locale.ROOT), c.name(), c.subjectDe(), c.bodyDe(),
                c.subjectEn(), c.bodyEn(), c.tag(), c.clientStatus() == null ? null : c.clientStatus().name(),
                c.state().name(), c.scheduledAt(), c.startedAt(), c.finishedAt(), c.queued(), c.excluded(),
                c.createdBy(), c.createdAt(), c.updatedBy(), c.updatedAt(), c.version());
    }
}
