package de.stammkunde.api.reward;

/** A reward tier as written by staff; the domain checks it and names every bad field. */
public record RewardTierRequest(String name, String type, Long valueCents, Integer threshold, String description,
                                Boolean email, Boolean active) {
}
