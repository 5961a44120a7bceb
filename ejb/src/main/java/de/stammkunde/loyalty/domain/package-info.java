/** The loyalty program's rules and settings: how many points a payment or a session is worth. */
package de.stammkunde.loyalty.domain;
