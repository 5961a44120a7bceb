/** Limits on how often one caller may do something, counted in memory per server. */
package de.stammkunde.shared.ratelimit;
