/** The client record: facts, tags, status; audited by Envers. */
package de.stammkunde.client.domain;
