/** The referral API: every client's referral code and link, finding a client by code, the code style. */
package de.stammkunde.api.referral;
