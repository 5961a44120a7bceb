package de.stammkunde.client.domain;

/** Where a client stands; derived from visits, unless staff set it by hand. */
public enum ClientStatus { NEW, REGULAR, INACTIVE }
