package de.stammkunde.referral.domain;

/** How a business's referral codes look: from the client's name (default) or pseudonymous. */
public enum CodeStyle {
    NAME, PSEUDONYM
}
