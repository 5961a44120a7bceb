package de.stammkunde.billing.domain;

/** What a payment is for: a deposit before the session, the balance after it, or something else. */
public enum PaymentKind { DEPOSIT, BALANCE, OTHER }
