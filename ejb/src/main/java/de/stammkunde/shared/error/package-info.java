/** The small tree of exceptions that application services throw on purpose, each with a stable code. */
package de.stammkunde.shared.error;
