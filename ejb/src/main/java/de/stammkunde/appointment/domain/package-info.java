/**
 * Session types (audited) and appointments with their status rules: booked → confirmed →
 * completed, or cancelled / no-show; every transition is logged.
 */
package de.stammkunde.appointment.domain;
