/** The {@code Idempotency-Key} header for POSTs that change money or points; see {@link de.stammkunde.api.idempotency.IdempotentPosts}. */
package de.stammkunde.api.idempotency;
