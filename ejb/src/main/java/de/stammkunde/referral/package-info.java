/**
 * Referrals: every client's referral code, the link between a referred client and the one who
 * referred them, and the points both get when the referred client's first session is confirmed.
 */
package de.stammkunde.referral;
