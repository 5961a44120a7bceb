package de.stammkunde.web.appointment;

import de.stammkunde.appointment.application.AppointmentView;

import java.time.LocalDate;
import java.util.List;

/** One day column of the calendar: the date, its label in the page's language, its appointments by start. */
public record CalendarDay(LocalDate date, String label, boolean today, List<AppointmentView> appointments) {

    public CalendarDay {
        appointments = List.copyOf(appointments);
    }
}
