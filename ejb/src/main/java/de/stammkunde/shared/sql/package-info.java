/** Small helpers for native SQL. */
package de.stammkunde.shared.sql;
