package de.stammkunde.consent.application;

import de.stammkunde.client.application.ClientService;
import de.stammkunde.client.application.ClientView;
import de.stammkunde.consent.domain.ConsentAnswer;
import de.stammkunde.consent.domain.ConsentChannel;
import de.stammkunde.consent.domain.ConsentPolicy;
import de.stammkunde.consent.domain.ConsentProof;
import de.stammkunde.consent.domain.ConsentPurpose;
import de.stammkunde.consent.domain.ConsentRecord;
import de.stammkunde.consent.domain.ConsentSource;
import de.stammkunde.consent.domain.ConsentState;
import de.stammkunde.consent.domain.ConsentText;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.settings.application.BusinessSettingsService;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.event.DomainEvents;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.sql.SqlArrays;
import de.stammkunde.shared.time.SqlTimes;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Consent of the clients of the tenant in context: answers with proof, texts, the contact rule. */
@Stateless
public class ConsentService {

    private static final int MAX_TEXT = 20_000;
    private static final Set<String> LANGUAGES = Set.of("de", "en");

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    ClientService clients;

    @Inject
    Clock clock;

    @Inject
    BusinessSettingsService settings;

    @Inject
    DomainEvents events;

    /** Raised when a client gave email marketing consent that now waits for the double opt-in. */
    public static final String MARKETING_EMAIL_UNCONFIRMED = "consent.marketing-email-unconfirmed";

    /** The purposes the business asks about: all but image publication when it is switched off. */
    public List<ConsentPurpose> purposes() {
        boolean images = settings.current().imagePublication();
        return java.util.Arrays.stream(ConsentPurpose.values())
                .filter(purpose -> images || purpose != ConsentPurpose.IMAGE_PUBLICATION)
                .toList();
    }

    /** Every purpose and channel with the client's current answer (UNKNOWN where none was given). */
    public List<ConsentView> consents(long clientId) {
        clients.find(clientId);
        Map<String, ConsentRecord> records = new HashMap<>();
        for (ConsentRecord record : records(clientId)) {
            records.put(record.purpose() + "/" + record.channel(), record);
        }
        Map<Long, ConsentText> texts = textsById();
        Map<String, Integer> current = currentVersions();
        List<ConsentView> views = new ArrayList<>();
        for (ConsentPurpose purpose : purposes()) {
            for (ConsentChannel channel : purpose.channels()) {
                ConsentRecord record = records.get(purpose + "/" + channel);
                if (record == null) {
                    views.add(new ConsentView(purpose.slug(), channel.name(), ConsentState.UNKNOWN.name(), null, null,
                            false, false, null, null, null));
                    continue;
                }
                ConsentText text = record.textId() == null ? null : texts.get(record.textId());
                boolean outdated = text != null
                        && text.version() < current.getOrDefault(purpose + "/" + text.language(), text.version());
                views.add(new ConsentView(purpose.slug(), channel.name(), record.state().name(),
                        text == null ? null : text.version(), text == null ? null : text.language(), outdated,
                        record.byGuardian(), record.guardianName(), record.guardianRelation(), record.updatedAt()));
            }
        }
        return views;
    }

    /** Records an answer: a new proof in the trail, and the current state follows it. */
    public ConsentView record(long clientId, ConsentPurpose purpose, RecordConsent request) {
        ClientView client = clients.find(clientId);
        if (!purposes().contains(purpose)) {
            throw new Conflict("consent-purpose-off", "The business has switched " + purpose.slug() + " off");
        }
        ConsentAnswer answer = ConsentAnswer.of(purpose, request.channel(), request.state(), request.source(),
                request.textVersion(), request.language(), request.ip(), request.userAgent(), request.guardianName(),
                request.guardianRelation(), client.birthday(), LocalDate.now(clock));
        Long textId = null;
        if (answer.textVersion() != null) {
            textId = text(purpose, answer.language(), answer.textVersion())
                    .orElseThrow(() -> Invalid.field("textVersion", "no version " + answer.textVersion() + " of the "
                            + answer.language() + " text for " + purpose.slug()));
        }
        ConsentProof proof = new ConsentProof(clientId, answer, textId, AuditContext.current().actor(),
                clock.instant());
        em.persist(proof);
        ConsentRecord record = records(clientId).stream()
                .filter(r -> r.purpose() == purpose && r.channel() == answer.channel())
                .findFirst()
                .orElse(null);
        ConsentState before = record == null ? ConsentState.UNKNOWN : record.state();
        if (record == null) {
            record = new ConsentRecord(clientId, purpose, answer.channel());
            record.follow(proof);
            em.persist(record);
        } else {
            em.lock(record, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            record.follow(proof);
        }
        em.flush();
        if (answer.state() == ConsentState.UNCONFIRMED && before != ConsentState.UNCONFIRMED
                && answer.source() != ConsentSource.IMPORT) {
            events.raise(MARKETING_EMAIL_UNCONFIRMED, "client", clientId, "consent:" + proof.id() + ":unconfirmed",
                    Map.of("proofId", String.valueOf(proof.id())));
        }
        return consents(clientId).stream()
                .filter(view -> view.purpose().equals(purpose.slug()) && view.channel().equals(answer.channel().name()))
                .findFirst().orElseThrow();
    }

    /**
     * The client confirmed the email marketing consent through the double opt-in link: recorded
     * as given, with the text version the unconfirmed answer was given under. Nothing happens
     * when there is no unconfirmed answer (confirmed already, or withdrawn since); returns
     * whether the consent is given now.
     */
    public boolean confirmMarketingEmail(long clientId, String language, String ip, String userAgent) {
        clients.find(clientId);
        Optional<ConsentRecord> record = records(clientId).stream()
                .filter(r -> r.purpose() == ConsentPurpose.MARKETING && r.channel() == ConsentChannel.EMAIL)
                .findFirst();
        if (record.isEmpty() || record.get().state() != ConsentState.UNCONFIRMED) {
            return record.isPresent() && record.get().state() == ConsentState.GIVEN;
        }
        ConsentAnswer answer = new ConsentAnswer(ConsentPurpose.MARKETING, ConsentChannel.EMAIL, ConsentState.GIVEN,
                ConsentSource.DOUBLE_OPT_IN, null, language, ip, userAgent, null, null);
        ConsentProof proof = new ConsentProof(clientId, answer, record.get().textId(), AuditContext.current().actor(),
                clock.instant());
        em.persist(proof);
        em.lock(record.get(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        record.get().follow(proof);
        em.flush();
        return true;
    }

    /**
     * The client withdrew through a message's unsubscribe link: recorded with proof, effective
     * before the next send. Returns false when there was nothing to withdraw.
     */
    public boolean withdrawByLink(long clientId, ConsentPurpose purpose, ConsentChannel channel, String language,
                                  String ip, String userAgent) {
        clients.find(clientId);
        boolean active = records(clientId).stream()
                .anyMatch(r -> r.purpose() == purpose && r.channel() == channel
                        && (r.state() == ConsentState.GIVEN || r.state() == ConsentState.UNCONFIRMED));
        if (!active) {
            return false;
        }
        record(clientId, purpose, new RecordConsent(channel.name(), ConsentState.WITHDRAWN.name(),
                ConsentSource.UNSUBSCRIBE_LINK.name(), null, language, ip == null || ip.isBlank() ? "unknown" : ip,
                userAgent, null, null));
        return true;
    }

    /** The client's whole consent trail, oldest first, with the texts as shown. */
    public List<ConsentProofView> trail(long clientId) {
        clients.find(clientId);
        Map<Long, ConsentText> texts = textsById();
        return em.createQuery("select p from ConsentProof p where p.clientId = :client order by p.recordedAt, p.id",
                        ConsentProof.class)
                .setParameter("client", clientId)
                .getResultStream()
                .map(proof -> {
                    ConsentText text = proof.textId() == null ? null : texts.get(proof.textId());
                    return new ConsentProofView(proof.id(), proof.purpose().slug(), proof.channel().name(),
                            proof.state().name(), proof.source().name(), text == null ? null : text.version(),
                            text == null ? null : text.language(), text == null ? null : text.body(),
                            proof.actorKind().name(), proof.actorId(), proof.actorName(), proof.ip(),
                            proof.userAgent(), proof.guardianName(), proof.guardianRelation(), proof.recordedAt());
                })
                .toList();
    }

    /** Whether the business may contact the client for the purpose on the channel, and why (not). */
    public ConsentPolicy.Reason mayContact(long clientId, ConsentPurpose purpose, ConsentChannel channel) {
        ClientView client = clients.find(clientId);
        if (!purposes().contains(purpose)) {
            return ConsentPolicy.Reason.PURPOSE_OFF;
        }
        Map<ConsentPurpose, Map<ConsentChannel, ConsentPolicy.Answer>> answers = new EnumMap<>(ConsentPurpose.class);
        for (ConsentRecord record : records(clientId)) {
            answers.computeIfAbsent(record.purpose(), p -> new EnumMap<>(ConsentChannel.class))
                    .put(record.channel(), new ConsentPolicy.Answer(record.state(), record.byGuardian()));
        }
        return ConsentPolicy.mayContact(new ConsentPolicy.ClientFacts(client.birthday(), false,
                client.email() != null, client.phone() != null), purpose, channel, answers, LocalDate.now(clock));
    }

    /**
     * The same decision as {@link #mayContact} for many clients at once, in two queries that load
     * no entities: for the outbox's batches and the dispatcher's check right before sending one.
     * Clients that do not exist (or were deleted) are missing from the result.
     */
    public Map<Long, ConsentPolicy.Reason> mayContactAll(java.util.Collection<Long> clientIds, ConsentPurpose purpose,
                                                         ConsentChannel channel) {
        Map<Long, ConsentPolicy.Reason> decisions = new HashMap<>();
        if (clientIds.isEmpty()) {
            return decisions;
        }
        boolean purposeOn = purposes().contains(purpose);
        Map<Long, Map<ConsentPurpose, Map<ConsentChannel, ConsentPolicy.Answer>>> answers = new HashMap<>();
        String ids = SqlArrays.bigints(clientIds);
        @SuppressWarnings("unchecked")
        List<Object[]> records = em.createNativeQuery("""
                        select client_id, purpose, channel, state, by_guardian from consent_record
                        where client_id = any(cast(:clients as bigint[]))""")
                .setParameter("clients", ids).getResultList();
        for (Object[] row : records) {
            answers.computeIfAbsent(((Number) row[0]).longValue(), id -> new EnumMap<>(ConsentPurpose.class))
                    .computeIfAbsent(ConsentPurpose.valueOf((String) row[1]), p -> new EnumMap<>(ConsentChannel.class))
                    .put(ConsentChannel.valueOf((String) row[2]),
                            new ConsentPolicy.Answer(ConsentState.valueOf((String) row[3]), (Boolean) row[4]));
        }
        LocalDate today = LocalDate.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> clients = em.createNativeQuery("""
                        select id, birthday, email is not null, phone is not null from client
                        where id = any(cast(:clients as bigint[])) and deleted_at is null""")
                .setParameter("clients", ids).getResultList();
        for (Object[] row : clients) {
            long id = ((Number) row[0]).longValue();
            decisions.put(id, !purposeOn ? ConsentPolicy.Reason.PURPOSE_OFF
                    : ConsentPolicy.mayContact(new ConsentPolicy.ClientFacts(SqlTimes.date(row[1]), false,
                            (Boolean) row[2], (Boolean) row[3]), purpose, channel, answers.getOrDefault(id, Map.of()),
                            today));
        }
        return decisions;
    }

    /** Of the given clients, those without data-processing consent (one query, for calendars and lists). */
    public Set<Long> withoutProcessingConsent(java.util.Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> given = new java.util.HashSet<>(em.createQuery("select r.clientId from ConsentRecord r"
                        + " where r.clientId in :ids and r.purpose = :purpose and r.state = :given", Long.class)
                .setParameter("ids", clientIds)
                .setParameter("purpose", ConsentPurpose.DATA_PROCESSING)
                .setParameter("given", ConsentState.GIVEN)
                .getResultList());
        Set<Long> missing = new java.util.HashSet<>(clientIds);
        missing.removeAll(given);
        return missing;
    }

    /** A client whose current answer refers to an older version of the purpose's text. */
    public record OutdatedConsent(long clientId, String clientName, String purpose, String channel, String state,
                                  int textVersion, int currentVersion, String language) {
    }

    /**
     * Clients whose given (or unconfirmed) consent refers to a text version older than the current
     * one in its language, oldest first; at most {@code limit} rows, optionally for one purpose.
     */
    public List<OutdatedConsent> outdated(ConsentPurpose purpose, int limit) {
        Map<String, Integer> current = currentVersions();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select r.client_id, c.first_name || ' ' || c.last_name, r.purpose, r.channel, r.state, t.version,
                               t.language
                        from consent_record r
                        join consent_text t on t.id = r.text_id
                        join client c on c.id = r.client_id and c.deleted_at is null
                        where r.state in ('GIVEN', 'UNCONFIRMED')
                          and (cast(:purpose as varchar) is null or r.purpose = cast(:purpose as varchar))
                          and t.version < (select max(t2.version) from consent_text t2
                                           where t2.purpose = t.purpose and t2.language = t.language)
                        order by r.updated_at, r.client_id
                        limit :limit""")
                .setParameter("purpose", purpose == null ? null : purpose.name())
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> new OutdatedConsent(((Number) row[0]).longValue(), (String) row[1],
                ConsentPurpose.valueOf((String) row[2]).slug(), (String) row[3], (String) row[4],
                ((Number) row[5]).intValue(), current.get(row[2] + "/" + row[6]), (String) row[6])).toList();
    }

    /** Every version of every text, newest first per purpose and language. */
    public List<ConsentTextView> texts() {
        Map<String, Integer> current = currentVersions();
        return em.createQuery("select t from ConsentText t order by t.purpose, t.language, t.version desc",
                        ConsentText.class)
                .getResultStream()
                .map(text -> view(text, current))
                .toList();
    }

    /** Publishes a new version of a text; older versions stay, and answers keep the version they refer to. */
    public ConsentTextView publish(ConsentPurpose purpose, String language, String body) {
        List<Invalid.Violation> violations = new ArrayList<>();
        String checkedLanguage = language == null ? null : language.strip().toLowerCase(java.util.Locale.ROOT);
        if (checkedLanguage == null || !LANGUAGES.contains(checkedLanguage)) {
            violations.add(new Invalid.Violation("language", "one of " + LANGUAGES));
        }
        if (body == null || body.isBlank() || body.length() > MAX_TEXT) {
            violations.add(new Invalid.Violation("body", "required, at most " + MAX_TEXT + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        Integer latest = em.createQuery("select max(t.version) from ConsentText t where t.purpose = :purpose"
                        + " and t.language = :language", Integer.class)
                .setParameter("purpose", purpose)
                .setParameter("language", checkedLanguage)
                .setLockMode(LockModeType.NONE)
                .getSingleResult();
        ConsentText text = new ConsentText(purpose, checkedLanguage, latest == null ? 1 : latest + 1, body.strip(),
                clock.instant(), AuditContext.current().actor().displayName());
        em.persist(text);
        em.flush();
        return view(text, currentVersions());
    }

    private java.util.Optional<Long> text(ConsentPurpose purpose, String language, int version) {
        return em.createQuery("select t.id from ConsentText t where t.purpose = :purpose and t.language = :language"
                        + " and t.version = :version", Long.class)
                .setParameter("purpose", purpose)
                .setParameter("language", language)
                .setParameter("version", version)
                .getResultStream().findFirst();
    }

    private List<ConsentRecord> records(long clientId) {
        return em.createQuery("select r from ConsentRecord r where r.clientId = :client", ConsentRecord.class)
                .setParameter("client", clientId)
                .getResultList();
    }

    private Map<Long, ConsentText> textsById() {
        Map<Long, ConsentText> texts = new HashMap<>();
        em.createQuery("select t from ConsentText t", ConsentText.class).getResultStream()
                .forEach(text -> texts.put(text.id(), text));
        return texts;
    }

    private Map<String, Integer> currentVersions() {
        Map<String, Integer> versions = new HashMap<>();
        em.createQuery("select t.purpose, t.language, max(t.version) from ConsentText t group by t.purpose, t.language",
                        Object[].class)
                .getResultStream()
                .forEach(row -> versions.put(row[0] + "/" + row[1], (Integer) row[2]));
        return versions;
    }

    private static ConsentTextView view(ConsentText text, Map<String, Integer> current) {
        return new ConsentTextView(text.purpose().slug(), text.language(), text.version(), text.body(),
                text.publishedAt(), text.publishedBy(),
                current.getOrDefault(text.purpose() + "/" + text.language(), 0) == text.version());
    }
}
