/** The settings page of the business console. */
package de.stammkunde.web.settings;
