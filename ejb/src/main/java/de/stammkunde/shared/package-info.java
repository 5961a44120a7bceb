/** What every feature shares: settings, health, time and errors. */
package de.stammkunde.shared;
