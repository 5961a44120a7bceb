package de.stammkunde.client.domain;

import de.stammkunde.shared.audit.ClientHistory;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import org.hibernate.annotations.BatchSize;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** A client of the business; every change is audited. */
@Entity
@Table(name = "client")
@Audited
@ClientHistory
public class Client {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_seq")
    @SequenceGenerator(name = "client_seq", sequenceName = "client_seq", allocationSize = 50)
    private Long id;

    @Version
    @NotAudited
    private long version;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    private String email;

    private String phone;

    private LocalDate birthday;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;

    private String street;

    @Column(name = "postal_code")
    private String postalCode;

    private String city;

    private String country;

    private String notes;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "client_tag", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "tag")
    private Set<String> tags = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status_override")
    private ClientStatus statusOverride;

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage;

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected Client() {
    }

    public Client(ClientData data, Instant now) {
        this.createdAt = Objects.requireNonNull(now);
        apply(data, now);
    }

    public void update(ClientData data, Instant now) {
        if (isDeleted()) {
            throw new IllegalStateException("Client " + id + " is deleted");
        }
        apply(data, now);
    }

    private void apply(ClientData data, Instant now) {
        this.firstName = data.firstName();
        this.lastName = data.lastName();
        this.email = data.email();
        this.phone = data.phone();
        this.birthday = data.birthday();
        this.gender = data.gender();
        this.street = data.street();
        this.postalCode = data.postalCode();
        this.city = data.city();
        this.country = data.country();
        this.notes = data.notes();
        this.tags.clear();
        this.tags.addAll(data.tags());
        this.statusOverride = data.statusOverride();
        this.preferredLanguage = data.preferredLanguage();
        this.updatedAt = now;
    }

    /** Hidden from every list and lookup; real erasure comes with the privacy features. */
    public void delete(Instant now) {
        this.deletedAt = now;
        this.updatedAt = now;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** The status the client has: the manual override, or NEW until visits tell otherwise. */
    public ClientStatus status() {
        return statusOverride != null ? statusOverride : ClientStatus.NEW;
    }

    /**
     * The audited facts as text, in a stable order: what the change history compares between
     * two revisions.
     */
    public Map<String, String> snapshot() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("firstName", firstName);
        facts.put("lastName", lastName);
        facts.put("email", email);
        facts.put("phone", phone);
        facts.put("birthday", birthday == null ? null : birthday.toString());
        facts.put("gender", gender == null ? null : gender.name());
        facts.put("street", street);
        facts.put("postalCode", postalCode);
        facts.put("city", city);
        facts.put("country", country);
        facts.put("notes", notes);
        facts.put("tags", tags == null || tags.isEmpty() ? null : String.join(", ", new TreeSet<>(tags)));
        facts.put("statusOverride", statusOverride == null ? null : statusOverride.name());
        facts.put("preferredLanguage", preferredLanguage);
        facts.put("deletedAt", deletedAt == null ? null : deletedAt.toString());
        return facts;
    }

    public Long id() { return id; }
    public long version() { return version; }
    public String firstName() { return firstName; }
    public String lastName() { return lastName; }
    public String email() { return email; }
    public String phone() { return phone; }
    public LocalDate birthday() { return birthday; }
    public Gender gender() { return gender; }
    public String street() { return street; }
    public String postalCode() { return postalCode; }
    public String city() { return city; }
    public String country() { return country; }
    public String notes() { return notes; }
    public Set<String> tags() { return Collections.unmodifiableSet(tags); }
    public ClientStatus statusOverride() { return statusOverride; }
    public String preferredLanguage() { return preferredLanguage; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
