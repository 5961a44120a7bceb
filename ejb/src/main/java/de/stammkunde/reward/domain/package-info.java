/** Reward tiers, their kinds and the unguessable codes of promo codes and vouchers. */
package de.stammkunde.reward.domain;
