package de.stammkunde.settings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;

/** The one settings row of a business; who changed what is audited. */
@Entity
@Table(name = "business_settings")
@Audited
public class BusinessSettings {

    /** The id of the only row. */
    public static final short ID = 1;

    @Id
    private Short id;

    @Version
    @NotAudited
    private long version;

    /** Whether changes to client records are recorded for the change history (on by default). */
    @Column(name = "client_history", nullable = false)
    private boolean clientHistory;

    /** Whether the business asks consent to publish pictures (photo studios); on by default. */
    @Column(name = "image_publication", nullable = false)
    private boolean imagePublication;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected BusinessSettings() {
    }

    public void change(boolean clientHistory, boolean imagePublication, Instant now) {
        this.clientHistory = clientHistory;
        this.imagePublication = imagePublication;
        this.updatedAt = now;
    }

    public long version() { return version; }
    public boolean clientHistory() { return clientHistory; }
    public boolean imagePublication() { return imagePublication; }
    public Instant updatedAt() { return updatedAt; }
}
