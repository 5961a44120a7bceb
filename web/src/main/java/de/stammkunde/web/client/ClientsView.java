package de.stammkunde.web.client;

import de.stammkunde.client.application.ClientPage;
import de.stammkunde.client.application.ClientQuery;
import de.stammkunde.client.application.ClientService;
import de.stammkunde.client.application.ClientView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

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

    private String search;

    private final LazyDataModel<ClientView> model = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) clients.list(ClientQuery.of(search, 0, 1, null)).total();
        }

        @Override
        public List<ClientView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, ClientQuery.MAX_SIZE));
            ClientPage page = clients.list(ClientQuery.of(search, first / size, size, sort(sortBy)));
            setRowCount((int) page.total());
            return page.items();
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

    private static String sort(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream()
                .filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
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
