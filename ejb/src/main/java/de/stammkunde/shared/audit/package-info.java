/** Who did what: the actor of every audited change and the Envers revision that records it. */
package de.stammkunde.shared.audit;
