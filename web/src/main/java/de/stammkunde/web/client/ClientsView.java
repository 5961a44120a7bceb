package de.stammkunde.web.client;

import de.stammkunde.client.application.ClientQuery;
import de.stammkunde.client.application.ClientService;
import de.stammkunde.client.application.ClientView;
import de.stammkunde.client.application.ClientColumns;
import de.stammkunde.client.application.ClientCsv;
import de.stammkunde.client.domain.ClientColumn;
import de.stammkunde.client.domain.ClientStatus;
import de.stammkunde.consent.application.ConsentService;
import de.stammkunde.web.console.ConsoleSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The clients list: a lazy, server-side paged and sorted table over the same service the API
 * uses. Each page load is one query for the page and one for the count, never the whole list.
 */
@Named
@ViewScoped
public class ClientsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientService clients;

    @Inject
    ClientColumns columnChoice;

    @Inject
    ConsoleSession console;

    @Inject
    ConsentService consents;

    private String search;
    private String status;
    private String tag;
    private String consent;
    private Set<Long> withoutConsent = Set.of();
    private List<String> tags;
    private List<ClientColumn> columns;
    private List<String> columnOrder;
    private List<String> visibleColumns;

    @PostConstruct
    void loadColumns() {
        show(columnChoice.of(console.getUser().subject()));
    }

    private void show(List<ClientColumn> chosen) {
        this.columns = chosen;
        this.visibleColumns = new ArrayList<>(chosen.stream().map(Enum::name).toList());
        this.columnOrder = new ArrayList<>(visibleColumns);
        Arrays.stream(ClientColumn.values()).map(Enum::name).filter(name -> !columnOrder.contains(name))
                .forEach(columnOrder::add);
    }

    /** Saves the user's columns: the checked ones, in the order of the order list. */
    public void saveColumns() {
        List<ClientColumn> chosen = columnOrder.stream().filter(visibleColumns::contains).map(ClientColumn::valueOf)
                .toList();
        show(columnChoice.choose(console.getUser().subject(), chosen));
    }

    /** The text of one cell. */
    public String cell(ClientView client, ClientColumn column) {
        return switch (column) {
            case NAME -> client.lastName() + ", " + client.firstName();
            case EMAIL -> client.email();
            case PHONE -> client.phone();
            case STATUS -> client.status();
            case TAGS -> String.join(", ", client.tags());
            case BIRTHDAY -> client.birthday() == null ? "" : client.birthday().format(
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                            .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
            case CREATED -> console.dateTime(client.createdAt());
            case CONSENT -> withoutConsent.contains(client.id()) ? "MISSING" : "GIVEN";
        };
    }

    public List<ClientColumn> getColumns() {
        return columns;
    }

    public List<String> getColumnOrder() {
        return columnOrder;
    }

    public void setColumnOrder(List<String> columnOrder) {
        this.columnOrder = columnOrder;
    }

    public List<String> getVisibleColumns() {
        return visibleColumns;
    }

    public void setVisibleColumns(List<String> visibleColumns) {
        this.visibleColumns = visibleColumns;
    }

    private final LazyDataModel<ClientView> model = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) clients.count(query(0, 1, null));
        }

        @Override
        public List<ClientView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, ClientQuery.MAX_SIZE));
            List<ClientView> page = clients.page(query(first / size, size, sort(sortBy)));
            withoutConsent = columns.contains(ClientColumn.CONSENT)
                    ? consents.withoutProcessingConsent(page.stream().map(ClientView::id).toList()) : Set.of();
            return page;
        }

        @Override
        public String getRowKey(ClientView client) {
            return String.valueOf(client.id());
        }

        @Override
        public ClientView getRowData(String rowKey) {
            return clients.find(Long.parseLong(rowKey));
        }
    };

    private ClientQuery query(int page, int size, String sort) {
        return ClientQuery.of(search, status, tag, page, size, sort).withConsent(consent);
    }

    /** The filtered list as CSV, streamed page by page while the browser downloads it. */
    public StreamedContent getExport() {
        ClientQuery first = query(0, ClientQuery.MAX_SIZE, null);
        return DefaultStreamedContent.builder()
                .name("clients.csv")
                .contentType(ClientCsv.MEDIA_TYPE + "; charset=UTF-8")
                .writer(output -> {
                    try {
                        Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
                        new ClientCsv(writer).writeAll(first, clients::list);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    /** The tags in use, for the tag filter. */
    public List<String> getTags() {
        if (tags == null) {
            tags = clients.tags();
        }
        return tags;
    }

    public List<String> getStatuses() {
        return Arrays.stream(ClientStatus.values()).map(Enum::name).toList();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getConsent() {
        return consent;
    }

    public void setConsent(String consent) {
        this.consent = consent;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    private static String sort(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream()
                .filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
                .filter(meta -> Arrays.stream(ClientColumn.values())
                        .anyMatch(column -> column.sortable() && column.sortField().equals(meta.getField())))
                .findFirst()
                .map(meta -> meta.getField() + (meta.getOrder() == SortOrder.DESCENDING ? ",desc" : ",asc"))
                .orElse(null);
    }

    public LazyDataModel<ClientView> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
