/** The settings row of a tenant. */
package de.stammkunde.settings.domain;
