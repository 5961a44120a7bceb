package de.stammkunde.web.billing;

import de.stammkunde.billing.application.InvoiceService;
import de.stammkunde.billing.application.InvoiceView;
import de.stammkunde.billing.domain.EuroAmount;
import de.stammkunde.billing.domain.InvoiceConflict;
import de.stammkunde.billing.domain.InvoiceData;
import de.stammkunde.billing.domain.InvoiceStatus;
import de.stammkunde.billing.domain.Overpayment;
import de.stammkunde.billing.domain.PaymentData;
import de.stammkunde.client.application.ClientService;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.web.client.ClientSuggestions;
import de.stammkunde.web.console.ConsoleSession;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * One invoice: without an id the form for a new one (a client found by search, line items);
 * with an id the invoice with its payments, a payment form, cancellation and refund. Only
 * coordinates: the rules live in the domain and the service, exactly as for the API.
 */
@Named
@ViewScoped
public class InvoiceDetail implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String NEW_FORM = "invoice-form";
    private static final String PAYMENT_FORM = "payment-form";

    @Inject
    InvoiceService invoices;

    @Inject
    ClientService clients;

    @Inject
    ConsoleSession console;

    @Inject
    Clock clock;

    private Long id;
    private transient InvoiceView invoice;
    private String clientLabel;
    private final ClientSuggestions suggestions = new ClientSuggestions();
    private final List<LineForm> lines = new ArrayList<>(List.of(new LineForm()));
    private Long amountCents;
    private String method = "CARD";
    private String kind = "BALANCE";
    private String reason;

    /** Loads the invoice named by the view parameter; the new-invoice form without one. */
    public void load() throws IOException {
        if (id == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            show(invoices.find(id));
        } catch (NotFound e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void show(InvoiceView view) {
        this.invoice = view;
        this.amountCents = view.openCents() > 0 ? view.openCents() : null;
        this.reason = null;
    }

    /** Clients whose name, email, phone or tag matches (see {@link ClientSuggestions}). */
    public List<String> completeClient(String text) {
        return suggestions.complete(clients, text);
    }

    public void addLine() {
        lines.add(new LineForm());
    }

    public void removeLine(LineForm line) {
        if (lines.size() > 1) {
            lines.remove(line);
        }
    }

    public void create() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Long clientId = suggestions.idOf(clientLabel);
            InvoiceView created = invoices.create(InvoiceData.of(clientId, lines.stream().map(LineForm::toLine).toList()));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Texts.message(null, FacesMessage.SEVERITY_INFO, "invoice.createdMessage");
            faces.getExternalContext().redirect(console.link("invoice") + "/" + created.id());
        } catch (Invalid invalid) {
            Texts.violations(NEW_FORM, invalid);
        }
    }

    public void pay() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            InvoiceService.PaymentRecorded recorded = invoices.pay(id,
                    PaymentData.of(amountCents, method, kind, null, clock.instant()));
            show(recorded.invoice());
            Texts.message(null, FacesMessage.SEVERITY_INFO, "payment.recorded", money(recorded.payment().amountCents()));
        } catch (Invalid invalid) {
            Texts.violations(PAYMENT_FORM, invalid);
        } catch (Overpayment overpaid) {
            Texts.message(PAYMENT_FORM + ":amountCents", FacesMessage.SEVERITY_ERROR, "payment.overpaid",
                    money(overpaid.openCents()));
            faces.validationFailed();
        } catch (InvoiceConflict conflict) {
            refused(conflict);
        }
    }

    public void cancel() {
        try {
            show(invoices.cancel(id, reason));
            Texts.message(null, FacesMessage.SEVERITY_INFO, "invoice.cancelled");
        } catch (InvoiceConflict conflict) {
            refused(conflict);
        } catch (Invalid invalid) {
            Texts.violations("actions-form", invalid);
        }
    }

    public void refund() {
        try {
            show(invoices.refund(id, reason));
            Texts.message(null, FacesMessage.SEVERITY_INFO, "invoice.refunded");
        } catch (InvoiceConflict conflict) {
            refused(conflict);
        } catch (Invalid invalid) {
            Texts.violations("actions-form", invalid);
        }
    }

    /** Someone else changed the invoice meanwhile, or its status forbids the action: show it as it is now. */
    private void refused(InvoiceConflict conflict) {
        show(invoices.find(id));
        Texts.message(null, FacesMessage.SEVERITY_WARN, "invoice.refused." + conflict.code());
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static String money(long cents) {
        return new EuroAmount(cents).format(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public boolean isNew() {
        return id == null;
    }

    public InvoiceView getInvoice() {
        if (invoice == null && id != null) {
            invoice = invoices.find(id);
        }
        return invoice;
    }

    public boolean isPayable() {
        return getInvoice() != null && getInvoice().openCents() > 0;
    }

    public boolean isCancellable() {
        return getInvoice() != null && InvoiceStatus.OPEN.name().equals(getInvoice().status());
    }

    public boolean isRefundable() {
        return getInvoice() != null && (InvoiceStatus.PAID.name().equals(getInvoice().status())
                || InvoiceStatus.PARTIALLY_PAID.name().equals(getInvoice().status()));
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getClientLabel() { return clientLabel; }
    public void setClientLabel(String clientLabel) { this.clientLabel = clientLabel; }
    public List<LineForm> getLines() { return lines; }
    public Long getAmountCents() { return amountCents; }
    public void setAmountCents(Long amountCents) { this.amountCents = amountCents; }
    public String getMethod() { return method; }
    public void setMethod(String method) { this.method = method; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
