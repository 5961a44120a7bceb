/** Granting rewards (set-based), codes and their redemption, the tiers' administration. */
package de.stammkunde.reward.application;
