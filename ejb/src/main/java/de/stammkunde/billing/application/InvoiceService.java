package de.stammkunde.billing.application;

import de.stammkunde.billing.domain.Invoice;
import de.stammkunde.billing.domain.InvoiceData;
import de.stammkunde.billing.domain.InvoiceStatus;
import de.stammkunde.billing.domain.Payment;
import de.stammkunde.billing.domain.PaymentData;
import de.stammkunde.billing.domain.Refund;
import de.stammkunde.client.domain.Client;
import de.stammkunde.shared.audit.Actor;
import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.error.NotFound;
import de.stammkunde.shared.event.DomainEvents;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Invoices of the tenant in context. Every change of money locks the invoice's row first, so
 * payments, cancellations and refunds of one invoice happen one after the other and the rules of
 * {@link de.stammkunde.billing.domain.InvoiceBalance} always see the latest balance. Raises
 * {@value #FULLY_PAID} and {@value #REFUNDED} once per invoice, in the same transaction.
 */
@Stateless
public class InvoiceService {

    public static final String FULLY_PAID = "invoice.fully-paid";
    public static final String REFUNDED = "invoice.refunded";
    private static final int MAX_REASON = 500;

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DomainEvents events;

    public InvoiceView create(InvoiceData data) {
        Client client = em.find(Client.class, data.clientId());
        if (client == null || client.isDeleted()) {
            throw Invalid.field("clientId", "no client with this id");
        }
        requireAppointmentsOf(client.id(), data);
        Invoice invoice = new Invoice(client, data, actor(), clock.instant());
        em.persist(invoice);
        em.flush();
        return InvoiceView.of(invoice);
    }

    /** Each line's appointment, if it names one, exists and is the invoice's client's. */
    private void requireAppointmentsOf(long clientId, InvoiceData data) {
        java.util.List<Invalid.Violation> violations = new java.util.ArrayList<>();
        for (int i = 0; i < data.lines().size(); i++) {
            Long appointment = data.lines().get(i).appointmentId();
            if (appointment == null) {
                continue;
            }
            java.util.List<?> owner = em.createNativeQuery("select client_id from appointment where id = :id")
                    .setParameter("id", appointment).getResultList();
            if (owner.isEmpty()) {
                violations.add(new Invalid.Violation("lines[" + i + "].appointmentId", "no appointment with this id"));
            } else if (((Number) owner.get(0)).longValue() != clientId) {
                violations.add(new Invalid.Violation("lines[" + i + "].appointmentId",
                        "an appointment of another client"));
            }
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
    }

    public InvoiceView find(long id) {
        return InvoiceView.of(require(id, LockModeType.NONE));
    }

    public InvoiceView.PaymentView payment(long invoiceId, long paymentId) {
        return find(invoiceId).payments().stream().filter(p -> p.id() == paymentId).findFirst()
                .orElseThrow(() -> new NotFound("payment-not-found", "No payment " + paymentId));
    }

    public InvoicePage list(InvoiceQuery query) {
        String where = " from Invoice i where 1 = 1"
                + (query.status() == null ? "" : " and i.status = :status")
                + (query.clientId() == null ? "" : " and i.client.id = :clientId");
        TypedQuery<Invoice> items = em.createQuery("select i" + where + " order by i.id desc", Invoice.class);
        TypedQuery<Long> count = em.createQuery("select count(i)" + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            if (query.status() != null) {
                q.setParameter("status", query.status());
            }
            if (query.clientId() != null) {
                q.setParameter("clientId", query.clientId());
            }
        }
        List<InvoiceSummary> page = items.setFirstResult(query.page() * query.size()).setMaxResults(query.size())
                .getResultStream().map(InvoiceSummary::of).toList();
        return new InvoicePage(page, query.page(), query.size(), count.getSingleResult());
    }

    /** Records a payment; raises "invoice fully paid" when it settles the invoice. */
    public PaymentRecorded pay(long id, PaymentData data) {
        Invoice invoice = require(id, LockModeType.PESSIMISTIC_WRITE);
        Payment payment = invoice.pay(data, actor(), clock.instant());
        em.flush();
        if (invoice.status() == InvoiceStatus.PAID) {
            events.raise(FULLY_PAID, "invoice", invoice.id(), "invoice:" + invoice.id() + ":fully-paid",
                    Map.of("clientId", String.valueOf(invoice.client().id()),
                            "totalCents", String.valueOf(invoice.totalCents()),
                            "paymentId", String.valueOf(payment.id())));
        }
        InvoiceView view = InvoiceView.of(invoice);
        return new PaymentRecorded(InvoiceView.PaymentView.of(payment), view);
    }

    /** Cancels an invoice nothing is paid on. */
    public InvoiceView cancel(long id, String reason) {
        String checked = reason(reason);
        Invoice invoice = require(id, LockModeType.PESSIMISTIC_WRITE);
        invoice.cancel(checked, actor(), clock.instant());
        em.flush();
        return InvoiceView.of(invoice);
    }

    /** Gives back everything paid on the invoice; raises "invoice refunded". */
    public InvoiceView refund(long id, String reason) {
        String checked = reason(reason);
        Invoice invoice = require(id, LockModeType.PESSIMISTIC_WRITE);
        boolean wasPaid = invoice.status() == InvoiceStatus.PAID;
        Refund refund = invoice.refund(checked, actor(), clock.instant());
        em.flush();
        events.raise(REFUNDED, "invoice", invoice.id(), "invoice:" + invoice.id() + ":refunded",
                Map.of("clientId", String.valueOf(invoice.client().id()),
                        "totalCents", String.valueOf(invoice.totalCents()),
                        "refundedCents", String.valueOf(refund.amountCents()),
                        "wasFullyPaid", String.valueOf(wasPaid)));
        return InvoiceView.of(invoice);
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        if (reason.strip().length() > MAX_REASON) {
            throw Invalid.field("reason", "at most " + MAX_REASON + " characters");
        }
        return reason.strip();
    }

    private Invoice require(long id, LockModeType lock) {
        Invoice invoice = em.find(Invoice.class, id, lock);
        if (invoice == null) {
            throw new NotFound("invoice-not-found", "No invoice " + id);
        }
        return invoice;
    }

    private static Actor actor() {
        return AuditContext.current().actor();
    }

    /** The payment just recorded and the invoice after it. */
    public record PaymentRecorded(InvoiceView.PaymentView payment, InvoiceView invoice) {
    }
}
