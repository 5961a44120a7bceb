package de.stammkunde.messaging.sms;

/** Why a tenant's SMS credits changed: an operator's top-up, an SMS sent, or an SMS that was not. */
public enum SmsCreditKind { TOP_UP, DEBIT, REFUND }
