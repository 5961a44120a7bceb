/** Referral codes and the rules of who may refer whom. */
package de.stammkunde.referral.domain;
