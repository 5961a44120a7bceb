package de.stammkunde.messaging.domain;

import de.stammkunde.consent.domain.ConsentChannel;

/** The ways a message reaches a client. */
public enum MessageChannel {
    EMAIL(ConsentChannel.EMAIL), SMS(ConsentChannel.SMS);

    private final ConsentChannel consentChannel;

    MessageChannel(ConsentChannel consentChannel) {
        this.consentChannel = consentChannel;
    }

    /** The channel consent is given for. */
    public ConsentChannel consentChannel() {
        return consentChannel;
    }
}
