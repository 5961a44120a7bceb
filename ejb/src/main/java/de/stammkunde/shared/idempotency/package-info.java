/**
 * Idempotency keys for POSTs that change money or points: the first request with a key runs and
 * its answer is stored in the same transaction; a repeat gets that answer again and changes
 * nothing; the same key for another request is refused.
 */
package de.stammkunde.shared.idempotency;
