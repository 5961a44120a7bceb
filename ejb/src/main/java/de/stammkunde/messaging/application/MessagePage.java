package de.stammkunde.messaging.application;

import java.util.List;

/** One page of the sent log and how many messages match in all. */
public record MessagePage(List<MessageView> items, long total, int page, int size) {
}
