package de.stammkunde.api.consent;

import jakarta.validation.constraints.Size;

/** An answer for one purpose as staff record it; the domain checks it field by field. */
public record ConsentRequest(String channel, String state, String source, Integer textVersion,
                             @Size(max = 5) String language, @Size(max = 45) String ip,
                             @Size(max = 500) String userAgent, String guardianName, String guardianRelation) {
}
