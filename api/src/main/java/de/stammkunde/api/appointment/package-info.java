/** Session types and appointments over REST: the calendar, and each appointment's status steps. */
package de.stammkunde.api.appointment;
