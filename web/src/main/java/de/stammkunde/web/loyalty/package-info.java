/**
 * Console pages of the loyalty program: the loyalty box of a client with its referrals and ledger CSV, the
 * program's and the referrals' settings, the reward tiers, the leaderboard, the retroactive recalculation
 * and the reset of automatic points.
 */
package de.stammkunde.web.loyalty;
