/** The caller's own identity. */
package de.stammkunde.api.me;
