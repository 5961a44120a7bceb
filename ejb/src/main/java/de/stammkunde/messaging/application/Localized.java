package de.stammkunde.messaging.application;

/** A model value that depends on the language of the client the message goes to (dates, for one). */
@FunctionalInterface
public interface Localized {

    String in(String language);
}
