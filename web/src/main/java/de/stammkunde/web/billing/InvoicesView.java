package de.stammkunde.web.billing;

import de.stammkunde.billing.application.InvoicePage;
import de.stammkunde.billing.application.InvoiceQuery;
import de.stammkunde.billing.application.InvoiceService;
import de.stammkunde.billing.application.InvoiceSummary;
import de.stammkunde.billing.domain.InvoiceStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The invoice list: lazy, server-side paged, newest first, filtered by status. */
@Named
@ViewScoped
public class InvoicesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvoiceService invoices;

    private String status;

    private final LazyDataModel<InvoiceSummary> model = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) invoices.list(query(0, 1)).total();
        }

        @Override
        public List<InvoiceSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, InvoiceQuery.MAX_SIZE));
            InvoicePage page = invoices.list(query(first / size, size));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(InvoiceSummary invoice) {
            return String.valueOf(invoice.id());
        }
    };

    private InvoiceQuery query(int page, int size) {
        return InvoiceQuery.of(status, null, page, size);
    }

    public List<String> getStatuses() {
        return Arrays.stream(InvoiceStatus.values()).map(Enum::name).toList();
    }

    public LazyDataModel<InvoiceSummary> getModel() {
        return model;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
