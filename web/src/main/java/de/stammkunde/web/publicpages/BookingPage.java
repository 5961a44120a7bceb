package de.stammkunde.web.publicpages;

import de.stammkunde.appointment.application.BookingOffer;
import de.stammkunde.appointment.application.OnlineBooking;
import de.stammkunde.appointment.application.OnlineBookingDraft;
import de.stammkunde.appointment.application.OnlineBookingView;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.error.TooManyRequests;
import de.stammkunde.shared.i18n.Languages;
import de.stammkunde.shared.ratelimit.RateLimits;
import de.stammkunde.tenancy.application.TenantView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The public booking page of one business: session type, day, free slot, the client's name and
 * contact, the privacy notice; then the confirmation. German unless {@code ?lang=en} or the
 * browser prefers English; {@code ?ref=CODE} fills in the referral code.
 */
@Named
@ViewScoped
public class BookingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many days ahead the day choice reaches. */
    private static final int DAYS_AHEAD = 28;
    private static final Set<String> FIELDS = Set.of("firstName", "lastName", "email", "phone", "sessionTypeId",
            "start", "privacyNoticeAccepted", "referralCode");

    @Inject
    OnlineBooking booking;

    @Inject
    RateLimits limits;

    @Inject
    Clock clock;

    private String tenant;
    private String business;
    private String zone;
    private Locale locale;
    private List<BookingOffer.OfferedSessionType> sessionTypes = List.of();
    private List<BookingOffer.FreeSlot> slots = List.of();
    private Long sessionTypeId;
    private String day;
    private String start;
    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String referralCode;
    private boolean privacyNoticeAccepted;
    private OnlineBookingView booked;

    @PostConstruct
    void open() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Object language = request.getAttribute(BookingLinkFilter.LANGUAGE_ATTRIBUTE);
        locale = language == null ? Languages.GERMAN : Locale.forLanguageTag((String) language);
        TenantView view = (TenantView) request.getAttribute(BookingLinkFilter.TENANT_ATTRIBUTE);
        if (view == null) {
            external.setResponseStatus(404);
            return;
        }
        tenant = view.slug();
        business = view.name();
        zone = view.timeZone();
        referralCode = request.getParameter("ref");
        day = today().toString();
        reload();
    }

    /** The session types and the free slots of the chosen type and day, afresh. */
    public void reload() {
        if (tenant == null) {
            return;
        }
        BookingOffer offer = booking.offer(LocalDate.parse(day), sessionTypeId, zoneId());
        sessionTypes = offer.sessionTypes();
        sessionTypeId = offer.sessionTypeId();
        slots = offer.slots();
        if (slots.stream().noneMatch(slot -> slot.start().toString().equals(start))) {
            start = null;
        }
    }

    public void submit() {
        if (tenant == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        try {
            limits.acquire(RateLimits.Kind.BOOKING, request.getRemoteAddr() + "|" + tenant);
            booked = booking.book(new OnlineBookingDraft(firstName, lastName, email, phone, sessionTypeId, start,
                    referralCode, privacyNoticeAccepted, locale.getLanguage()), zoneId());
        } catch (Invalid e) {
            e.violations().forEach(v -> faces.addMessage(FIELDS.contains(v.field()) ? "booking:" + v.field() : null,
                    error(text("booking.invalid." + v.field(), v.message()))));
        } catch (TooManyRequests e) {
            faces.addMessage(null, error(text("booking.tooMany", null)));
        } catch (Conflict e) {
            faces.addMessage("booking:start", error(text("booking.slotTaken", null)));
            reload();
        }
    }

    /** The next days to choose from, each with a label like "Mo., 24.11." in the page's language. */
    public List<Day> getDays() {
        DateTimeFormatter label = DateTimeFormatter.ofPattern("EEE, d.M.", locale);
        LocalDate today = today();
        return IntStream.range(0, DAYS_AHEAD).mapToObj(today::plusDays)
                .map(date -> new Day(date.toString(), label.format(date)))
                .toList();
    }

    /** A day choice: the ISO date and its label. */
    public record Day(String value, String label) implements Serializable {
    }

    public String slotLabel(BookingOffer.FreeSlot slot) {
        return slot.localStart().toLocalTime().toString();
    }

    public String bookedLabel() {
        return booked == null ? "" : DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy, HH:mm", locale)
                .format(booked.localStart());
    }

    /**
     * What became of the referral code given, when it did not link the booking to a referrer:
     * a clear note, the booking stands.
     */
    public String getReferralNote() {
        if (booked == null || booked.referralCode() == null || "REGISTERED".equals(booked.referralCode().outcome())) {
            return null;
        }
        String note = text("booking.referral." + booked.referralCode().outcome(), null);
        return note == null ? null : java.text.MessageFormat.format(note.replace("'", "''"), booked.referralCode().given());
    }

    private String text(String key, String fallback) {
        ResourceBundle texts = ResourceBundle.getBundle("de.stammkunde.web.messages", locale);
        return texts.containsKey(key) ? texts.getString(key) : fallback;
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zoneId()));
    }

    private ZoneId zoneId() {
        return zone == null ? ZoneId.of("Europe/Berlin") : ZoneId.of(zone);
    }

    public boolean isAvailable() { return tenant != null; }
    public String getBusiness() { return business; }
    public String getLanguage() { return locale.getLanguage(); }
    public List<BookingOffer.OfferedSessionType> getSessionTypes() { return sessionTypes; }
    public List<BookingOffer.FreeSlot> getSlots() { return slots; }
    public OnlineBookingView getBooked() { return booked; }
    public Long getSessionTypeId() { return sessionTypeId; }
    public void setSessionTypeId(Long sessionTypeId) { this.sessionTypeId = sessionTypeId; }
    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getReferralCode() { return referralCode; }
    public void setReferralCode(String referralCode) { this.referralCode = referralCode; }
    public boolean isPrivacyNoticeAccepted() { return privacyNoticeAccepted; }
    public void setPrivacyNoticeAccepted(boolean accepted) { this.privacyNoticeAccepted = accepted; }
}
