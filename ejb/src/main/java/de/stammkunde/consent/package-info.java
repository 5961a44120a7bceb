/** Consent for every purpose and channel, with an append-only proof trail and versioned texts. */
package de.stammkunde.consent;
