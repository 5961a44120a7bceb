/** Signed, expiring, single-purpose links for public pages, with a key per tenant. */
package de.stammkunde.shared.link;
