/** Recording consent and publishing consent texts: the transaction boundary. */
package de.stammkunde.consent.application;
