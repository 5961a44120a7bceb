/** Purposes, channels, states, proofs and the rule that decides whether a client may be contacted. */
package de.stammkunde.consent.domain;
