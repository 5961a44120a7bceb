package de.stammkunde.web.appointment;

import de.stammkunde.appointment.application.AppointmentDraft;
import de.stammkunde.appointment.application.AppointmentQuery;
import de.stammkunde.appointment.application.AppointmentService;
import de.stammkunde.appointment.application.AppointmentView;
import de.stammkunde.appointment.application.SessionTypeService;
import de.stammkunde.appointment.application.SessionTypeView;
import de.stammkunde.appointment.application.TransitionView;
import de.stammkunde.appointment.domain.AppointmentStatus;
import de.stammkunde.client.application.ClientQuery;
import de.stammkunde.client.application.ClientService;
import de.stammkunde.client.application.ClientView;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.tenancy.application.StaffMemberView;
import de.stammkunde.web.console.ConsoleSession;
import de.stammkunde.web.faces.ConsoleMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The calendar: a day or a week of appointments in the business's time zone, booking in a dialog,
 * and an appointment's details with the client's key facts and the status steps. Only
 * coordinates: the rules live in {@link AppointmentService}.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CLIENT_MATCHES = 10;
    private static final String NEW_FORM = "new-form";
    private static final String DETAIL_FORM = "detail-form";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    AppointmentService appointments;

    @Inject
    SessionTypeService sessionTypes;

    @Inject
    ClientService clients;

    @Inject
    de.stammkunde.consent.application.ConsentService consents;

    @Inject
    ConsoleSession console;

    @Inject
    Clock clock;

    private String dayParam;
    private LocalDate day;
    private boolean week = true;
    private String staffFilter;
    private transient List<CalendarDay> days;
    private List<StaffMemberView> staff;
    private List<SessionTypeView> activeTypes;

    private String clientSearch;
    private List<ClientView> clientMatches = List.of();
    private Long newClientId;
    private Long newSessionTypeId;
    private LocalDate newDate;
    private String newTime = "10:00";
    private String newStaff;
    private String newNotes;

    private AppointmentView selected;
    private ClientView selectedClient;
    private List<TransitionView> selectedTransitions = List.of();
    private java.util.Set<Long> withoutConsent = java.util.Set.of();
    private boolean selectedLacksConsent;
    private LocalDate moveDate;
    private String moveTime;

    /** From the {@code day} and {@code view} parameters (bad ones mean today, the week). */
    public void load() {
        if (day == null) {
            day = today();
            if (dayParam != null) {
                try {
                    day = LocalDate.parse(dayParam);
                } catch (DateTimeParseException e) {
                    day = today();
                }
            }
        }
    }

    public List<CalendarDay> getDays() {
        if (days == null) {
            days = loadDays();
        }
        return days;
    }

    private List<CalendarDay> loadDays() {
        LocalDate first = getFirstDay();
        LocalDate last = week ? first.plusDays(6) : first;
        ZoneId zone = console.getTimeZone();
        List<AppointmentView> found = appointments.list(AppointmentQuery.of(first.toString(), last.toString(),
                staffFilter, null, 0, AppointmentQuery.MAX_SIZE, first), zone).items();
        withoutConsent = consents.withoutProcessingConsent(
                found.stream().map(AppointmentView::clientId).collect(Collectors.toSet()));
        Map<LocalDate, List<AppointmentView>> byDay = found.stream()
                .collect(Collectors.groupingBy(AppointmentView::day));
        DateTimeFormatter label = DateTimeFormatter.ofPattern("EEEE, d. MMMM", locale());
        LocalDate today = today();
        List<CalendarDay> result = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            result.add(new CalendarDay(date, label.format(date), date.equals(today),
                    byDay.getOrDefault(date, List.of())));
        }
        return result;
    }

    public LocalDate getFirstDay() {
        load();
        return week ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
    }

    public String getRangeLabel() {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale());
        LocalDate first = getFirstDay();
        return week ? format.format(first) + " – " + format.format(first.plusDays(6)) : format.format(first);
    }

    public void previous() {
        show(getFirstDay().minusDays(week ? 7 : 1));
    }

    public void next() {
        show(getFirstDay().plusDays(week ? 7 : 1));
    }

    public void goToday() {
        show(today());
    }

    public void showDay(LocalDate date) {
        week = false;
        show(date);
    }

    public void showWeek() {
        week = true;
        days = null;
    }

    public void filter() {
        days = null;
    }

    private void show(LocalDate date) {
        day = date;
        days = null;
    }

    /** Opens the booking dialog for the day (the shown one when none is given). */
    public void prepareNew(LocalDate date) {
        newDate = date != null ? date : day;
        newTime = "10:00";
        newNotes = null;
        clientSearch = null;
        clientMatches = List.of();
        newClientId = null;
        List<SessionTypeView> types = getActiveTypes();
        newSessionTypeId = types.isEmpty() ? null : types.get(0).id();
        String me = console.getUser().subject();
        newStaff = getStaff().stream().anyMatch(member -> member.subject().equals(me)) ? me : null;
    }

    public void searchClients() {
        clientMatches = clientSearch == null || clientSearch.isBlank() ? List.of()
                : clients.list(ClientQuery.of(clientSearch, 0, CLIENT_MATCHES, "lastName")).items();
        if (newClientId == null || clientMatches.stream().noneMatch(c -> c.id() == newClientId)) {
            newClientId = clientMatches.isEmpty() ? null : clientMatches.get(0).id();
        }
    }

    public void book() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Instant start = instant(newDate, newTime, NEW_FORM + ":time");
        if (start == null) {
            faces.validationFailed();
            return;
        }
        try {
            AppointmentView booked = appointments.book(new AppointmentDraft(newClientId, newSessionTypeId, start, null,
                    newStaff, newNotes), console.getTimeZone());
            message(null, FacesMessage.SEVERITY_INFO, "calendar.booked", booked.clientName(),
                    console.dateTime(booked.start()));
            show(booked.day());
            PrimeFaces.current().executeScript("PF('newDialog').hide()");
        } catch (Invalid invalid) {
            for (Invalid.Violation violation : invalid.violations()) {
                message(NEW_FORM + ":" + newField(violation.field()), FacesMessage.SEVERITY_ERROR,
                        "calendar.invalid." + violation.field());
            }
            faces.validationFailed();
        }
    }

    private static String newField(String field) {
        return switch (field) {
            case "clientId" -> "client";
            case "sessionTypeId" -> "session-type";
            case "staffSubject" -> "staff";
            case "start", "end" -> "time";
            default -> "notes";
        };
    }

    /** Whether the client has not given data-processing consent: the calendar shows a warning. */
    public boolean lacksConsent(long clientId) {
        return withoutConsent.contains(clientId);
    }

    /** Shows the appointment's details with the client's key facts. */
    public void open(long id) {
        try {
            selected = appointments.find(id, console.getTimeZone());
            selectedTransitions = appointments.transitions(id);
            selectedLacksConsent = !consents.withoutProcessingConsent(java.util.Set.of(selected.clientId())).isEmpty();
            moveDate = selected.day();
            moveTime = TIME.format(selected.localStart());
            try {
                selectedClient = clients.find(selected.clientId());
            } catch (NotFound deleted) {
                selectedClient = null;
            }
        } catch (NotFound gone) {
            selected = null;
            message(null, FacesMessage.SEVERITY_WARN, "calendar.gone");
        }
    }

    public void confirm() {
        step(AppointmentStatus.CONFIRMED, "calendar.confirmed");
    }

    public void complete() {
        step(AppointmentStatus.COMPLETED, "calendar.completed");
    }

    public void noShow() {
        step(AppointmentStatus.NO_SHOW, "calendar.noShowRecorded");
    }

    public void cancel() {
        step(AppointmentStatus.CANCELLED, "calendar.cancelled");
    }

    private void step(AppointmentStatus target, String done) {
        if (selected == null) {
            return;
        }
        long id = selected.id();
        try {
            appointments.transition(id, target, console.getTimeZone());
            message(null, FacesMessage.SEVERITY_INFO, done, selected.clientName());
        } catch (Conflict changedMeanwhile) {
            message(null, FacesMessage.SEVERITY_WARN, "calendar.changedMeanwhile");
        } catch (NotFound gone) {
            message(null, FacesMessage.SEVERITY_WARN, "calendar.gone");
        }
        days = null;
        open(id);
    }

    /** Moves the selected appointment to the new date and time, keeping its length. */
    public void move() {
        if (selected == null) {
            return;
        }
        Instant start = instant(moveDate, moveTime, DETAIL_FORM + ":move-time");
        if (start == null) {
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        long length = selected.end().getEpochSecond() - selected.start().getEpochSecond();
        try {
            AppointmentView moved = appointments.change(selected.id(), selected.version(), new AppointmentDraft(
                    selected.clientId(), selected.sessionTypeId(), start, start.plusSeconds(length),
                    selected.staffSubject(), selected.notes()), console.getTimeZone());
            message(null, FacesMessage.SEVERITY_INFO, "calendar.moved", moved.clientName(),
                    console.dateTime(moved.start()));
            show(moved.day());
            open(moved.id());
        } catch (Invalid invalid) {
            invalid.violations().forEach(violation -> message(DETAIL_FORM + ":move-time", FacesMessage.SEVERITY_ERROR,
                    "calendar.invalid." + violation.field()));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (Conflict changedMeanwhile) {
            message(null, FacesMessage.SEVERITY_WARN, "calendar.changedMeanwhile");
            days = null;
            open(selected.id());
        }
    }

    private Instant instant(LocalDate date, String time, String clientId) {
        LocalTime at;
        try {
            at = time == null ? null : LocalTime.parse(time.strip(), DateTimeFormatter.ofPattern("H:mm"));
        } catch (DateTimeParseException e) {
            at = null;
        }
        if (date == null || at == null) {
            message(clientId, FacesMessage.SEVERITY_ERROR, "calendar.invalid.start");
            return null;
        }
        return LocalDateTime.of(date, at).atZone(console.getTimeZone()).toInstant();
    }

    /** A local time of the business as the calendar shows it, e.g. 09:30. */
    public String time(LocalDateTime local) {
        return local == null ? "" : TIME.format(local);
    }

    /** Tags as one line, e.g. "Hochzeit, Stammgast". */
    public String tags(List<String> tags) {
        return tags == null ? "" : String.join(", ", tags);
    }

    /** A price in cents as euros in the page's language, e.g. 129,00 €. */
    public String euros(long cents) {
        return java.text.NumberFormat.getCurrencyInstance(Locale.forLanguageTag(locale().getLanguage() + "-DE"))
                .format(cents / 100.0);
    }

    public List<StaffMemberView> getStaff() {
        if (staff == null) {
            staff = appointments.staffMembers();
        }
        return staff;
    }

    public List<SessionTypeView> getActiveTypes() {
        if (activeTypes == null) {
            activeTypes = sessionTypes.list(true);
        }
        return activeTypes;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(console.getTimeZone()));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static void message(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        ConsoleMessages.add(clientId, severity, key, arguments);
    }

    public boolean isSelectedLacksConsent() { return selectedLacksConsent; }
    public String getDay() { return dayParam; }
    public void setDay(String day) { this.dayParam = day; }
    public boolean isWeek() { return week; }
    public String getStaffFilter() { return staffFilter; }
    public void setStaffFilter(String staffFilter) { this.staffFilter = staffFilter; }
    public String getClientSearch() { return clientSearch; }
    public void setClientSearch(String clientSearch) { this.clientSearch = clientSearch; }
    public List<ClientView> getClientMatches() { return clientMatches; }
    public Long getNewClientId() { return newClientId; }
    public void setNewClientId(Long newClientId) { this.newClientId = newClientId; }
    public Long getNewSessionTypeId() { return newSessionTypeId; }
    public void setNewSessionTypeId(Long newSessionTypeId) { this.newSessionTypeId = newSessionTypeId; }
    public LocalDate getNewDate() { return newDate; }
    public void setNewDate(LocalDate newDate) { this.newDate = newDate; }
    public String getNewTime() { return newTime; }
    public void setNewTime(String newTime) { this.newTime = newTime; }
    public String getNewStaff() { return newStaff; }
    public void setNewStaff(String newStaff) { this.newStaff = newStaff; }
    public String getNewNotes() { return newNotes; }
    public void setNewNotes(String newNotes) { this.newNotes = newNotes; }
    public AppointmentView getSelected() { return selected; }
    public ClientView getSelectedClient() { return selectedClient; }
    public List<TransitionView> getSelectedTransitions() { return selectedTransitions; }
    public LocalDate getMoveDate() { return moveDate; }
    public void setMoveDate(LocalDate moveDate) { this.moveDate = moveDate; }
    public String getMoveTime() { return moveTime; }
    public void setMoveTime(String moveTime) { this.moveTime = moveTime; }
}
