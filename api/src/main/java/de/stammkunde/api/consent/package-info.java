/** Consent over REST: answers with proof, the contact decision, versioned texts. */
package de.stammkunde.api.consent;
