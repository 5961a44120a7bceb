/**
 * Background work: operator jobs (work an operator can run now, each feature contributing its own),
 * the timers' guard against overlapping ticks, work done tenant by tenant as the system, fresh
 * planner statistics for tables grown in bulk.
 */
package de.stammkunde.shared.job;
