package de.stammkunde.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.util.Objects;

/** The referral settings of a business, one row; who changed what is audited. */
@Entity
@Table(name = "referral_settings")
@Audited
public class ReferralSettings {

    public static final short ID = 1;

    @Id
    private Short id;

    @Version
    @NotAudited
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "code_style", nullable = false)
    private CodeStyle codeStyle;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ReferralSettings() {
    }

    /** New codes take the style; codes given keep theirs. */
    public void change(CodeStyle codeStyle, Instant now) {
        this.codeStyle = Objects.requireNonNull(codeStyle);
        this.updatedAt = now;
    }

    public long version() { return version; }
    public CodeStyle codeStyle() { return codeStyle; }
    public Instant updatedAt() { return updatedAt; }
}
