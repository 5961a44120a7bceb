package de.stammkunde.messaging.domain;

import de.stammkunde.client.domain.ClientStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;

/**
 * A campaign: its wording (newsletters; English optional), its audience filter, and its state.
 * Who changed wording, audience, schedule or state is audited; the progress counters are not.
 */
@Entity
@Table(name = "campaign")
@Audited
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @NotAudited
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CampaignKind kind;

    @Column(nullable = false)
    private String name;

    @Column(name = "subject_de")
    private String subjectDe;

    @Column(name = "body_de")
    private String bodyDe;

    @Column(name = "subject_en")
    private String subjectEn;

    @Column(name = "body_en")
    private String bodyEn;

    private String tag;

    @Enumerated(EnumType.STRING)
    @Column(name = "client_status")
    private ClientStatus clientStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignState state;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @NotAudited
    @Column(name = "started_at")
    private Instant startedAt;

    @NotAudited
    @Column(name = "finished_at")
    private Instant finishedAt;

    @NotAudited
    @Column(nullable = false)
    private int queued;

    @NotAudited
    @Column(nullable = false)
    private int excluded;

    @NotAudited
    @Column(name = "last_client_id", nullable = false)
    private long lastClientId;

    @NotAudited
    @Column(name = "created_by", updatable = false)
    private String createdBy;

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Campaign() {
    }

    public Campaign(CampaignKind kind, String actor, Instant now) {
        this.kind = kind;
        this.state = CampaignState.DRAFT;
        this.createdBy = actor;
        this.createdAt = now;
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    /** New wording and audience; the caller checked them and that the campaign is a draft. */
    public void change(String name, TemplateText german, TemplateText english, String tag, ClientStatus clientStatus,
                       String actor, Instant now) {
        this.name = name;
        this.subjectDe = german == null ? null : german.subject();
        this.bodyDe = german == null ? null : german.body();
        this.subjectEn = english == null ? null : english.subject();
        this.bodyEn = english == null ? null : english.body();
        this.tag = tag;
        this.clientStatus = clientStatus;
        touch(actor, now);
    }

    public void schedule(Instant at, String actor, Instant now) {
        this.state = CampaignState.SCHEDULED;
        this.scheduledAt = at;
        touch(actor, now);
    }

    public void cancel(String actor, Instant now) {
        this.state = CampaignState.CANCELLED;
        touch(actor, now);
    }

    public void start(Instant now) {
        this.state = CampaignState.SENDING;
        this.startedAt = now;
        this.updatedAt = now;
    }

    /** One batch of the audience queued: {@code queued} messages, {@code excluded} clients left out. */
    public void progress(long lastClientId, int queued, int excluded) {
        this.lastClientId = lastClientId;
        this.queued += queued;
        this.excluded += excluded;
    }

    public void finish(Instant now) {
        this.state = CampaignState.SENT;
        this.finishedAt = now;
        this.updatedAt = now;
    }

    private void touch(String actor, Instant now) {
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    /** The wording in the language; German when there is no English. */
    public TemplateText text(String language) {
        if ("en".equals(language) && subjectEn != null && bodyEn != null) {
            return new TemplateText(subjectEn, bodyEn);
        }
        return new TemplateText(subjectDe, bodyDe);
    }

    public Long id() { return id; }
    public long version() { return version; }
    public CampaignKind kind() { return kind; }
    public String name() { return name; }
    public String subjectDe() { return subjectDe; }
    public String bodyDe() { return bodyDe; }
    public String subjectEn() { return subjectEn; }
    public String bodyEn() { return bodyEn; }
    public String tag() { return tag; }
    public ClientStatus clientStatus() { return clientStatus; }
    public CampaignState state() { return state; }
    public Instant scheduledAt() { return scheduledAt; }
    public Instant startedAt() { return startedAt; }
    public Instant finishedAt() { return finishedAt; }
    public int queued() { return queued; }
    public int excluded() { return excluded; }
    public long lastClientId() { return lastClientId; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
}
