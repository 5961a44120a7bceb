package de.stammkunde.messaging.application;

import de.stammkunde.messaging.domain.MessageChannel;
import de.stammkunde.messaging.domain.MessageKind;
import de.stammkunde.messaging.domain.MessageStatus;

/** Which messages of the sent log: all filters optional; newest first. */
public record MessageQuery(Long clientId, MessageStatus status, MessageKind kind, MessageChannel channel, int page,
                           int size) {

    public static final int MAX_SIZE = 200;

    public MessageQuery {
        page = Math.max(0, page);
        size = size < 1 ? 25 : Math.min(size, MAX_SIZE);
    }
}
