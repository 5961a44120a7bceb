/** Clients of a business: records, search, duplicates, history. */
package de.stammkunde.client;
