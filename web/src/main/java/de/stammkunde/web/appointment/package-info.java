/** The console's calendar (day and week) with appointment details, and the session types page. */
package de.stammkunde.web.appointment;
