/** Giving every client a referral code, finding a client by code, the referral settings. */
package de.stammkunde.referral.application;
