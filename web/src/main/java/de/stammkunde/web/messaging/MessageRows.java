package de.stammkunde.web.messaging;

import de.stammkunde.messaging.application.MessagePage;
import de.stammkunde.messaging.application.MessageQuery;
import de.stammkunde.messaging.application.MessageView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The sent log as rows of a lazy p:dataTable: only the page shown is read, newest first. */
final class MessageRows extends LazyDataModel<MessageView> {

    private static final long serialVersionUID = 1L;

    /** Reads one page of the log with the filters of the page that shows it. */
    @FunctionalInterface
    interface Source extends Serializable {
        MessagePage page(int page, int size);
    }

    private final Source source;

    MessageRows(Source source) {
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.page(0, 1).total();
    }

    @Override
    public List<MessageView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                  Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, MessageQuery.MAX_SIZE));
        MessagePage page = source.page(first / size, size);
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(MessageView message) {
        return String.valueOf(message.id());
    }

    @Override
    public MessageView getRowData(String rowKey) {
        List<MessageView> shown = getWrappedData();
        return shown == null ? null
                : shown.stream().filter(message -> getRowKey(message).equals(rowKey)).findFirst().orElse(null);
    }
}
