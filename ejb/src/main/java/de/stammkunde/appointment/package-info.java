/** Session types and appointments: the calendar of a business and the status of each session. */
package de.stammkunde.appointment;
