package de.stammkunde.billing.domain;

/** How a client paid. */
public enum PaymentMethod { CASH, CARD, TRANSFER, ONLINE }
