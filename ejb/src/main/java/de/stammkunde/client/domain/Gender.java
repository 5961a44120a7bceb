package de.stammkunde.client.domain;

/** As the client states it; UNKNOWN when not stated. */
public enum Gender { FEMALE, MALE, DIVERSE, UNKNOWN }
