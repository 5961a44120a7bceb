package de.stammkunde.appointment.application;

import java.util.List;

/** One page of appointments, ordered by start, and how many match in all. */
public record AppointmentPage(List<AppointmentView> items, int page, int size, long total) {

    public AppointmentPage {
        items = List.copyOf(items);
    }
}
