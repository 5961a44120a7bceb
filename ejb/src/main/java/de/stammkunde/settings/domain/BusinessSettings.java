package de.stammkunde.settings.domain;

import de.stammkunde.shared.error.Invalid;
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

    /** How many hours before an appointment its reminder goes out; 0: no reminders. */
    @Column(name = "reminder_lead_hours", nullable = false)
    private int reminderLeadHours;

    /** Whether clients who agreed to marketing emails get a greeting on their birthday. */
    @Column(name = "birthday_greetings", nullable = false)
    private boolean birthdayGreetings;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected BusinessSettings() {
    }

    /** The longest lead time of reminders: two weeks. */
    public static final int MAX_REMINDER_LEAD_HOURS = 336;

    public void change(boolean clientHistory, boolean imagePublication, int reminderLeadHours, boolean birthdayGreetings,
                       Instant now) {
        if (reminderLeadHours < 0 || reminderLeadHours > MAX_REMINDER_LEAD_HOURS) {
            throw Invalid.field("reminderLeadHours", "0 to " + MAX_REMINDER_LEAD_HOURS + " hours");
        }
        this.clientHistory = clientHistory;
        this.imagePublication = imagePublication;
        this.reminderLeadHours = reminderLeadHours;
        this.birthdayGreetings = birthdayGreetings;
        this.updatedAt = now;
    }

    public long version() { return version; }
    public boolean clientHistory() { return clientHistory; }
    public boolean imagePublication() { return imagePublication; }
    public int reminderLeadHours() { return reminderLeadHours; }
    public boolean birthdayGreetings() { return birthdayGreetings; }
    public Instant updatedAt() { return updatedAt; }
}
