/** Rewards: tiers unlocked by a points balance, the grants with their codes, and redeeming them. */
package de.stammkunde.reward;
