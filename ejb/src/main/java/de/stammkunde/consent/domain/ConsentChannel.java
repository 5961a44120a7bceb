package de.stammkunde.consent.domain;

/**
 * How or where a purpose applies: a message channel (email, SMS), a publication scope for
 * pictures (portfolio, website, social media), or {@link #ANY} for purposes without channels.
 */
public enum ConsentChannel { ANY, EMAIL, SMS, PORTFOLIO, WEBSITE, SOCIAL_MEDIA }
