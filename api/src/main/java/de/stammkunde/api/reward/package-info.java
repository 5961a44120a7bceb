/** The rewards API: reward tiers, rewards granted by hand, and codes looked up and redeemed. */
package de.stammkunde.api.reward;
