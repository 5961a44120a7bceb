package de.stammkunde.web.billing;

import de.stammkunde.billing.domain.InvoiceData;

import java.io.Serializable;

/** One line item being typed into the new-invoice form. */
public class LineForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String description;
    private Integer quantity = 1;
    private Long unitPriceCents;
    private Long appointmentId;

    InvoiceData.Line toLine() {
        return new InvoiceData.Line(description, quantity, unitPriceCents, appointmentId);
    }

    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Integer getQuantity() { return quantity; }
    public void setQuantity(Integer quantity) { this.quantity = quantity; }
    public Long getUnitPriceCents() { return unitPriceCents; }
    public void setUnitPriceCents(Long unitPriceCents) { this.unitPriceCents = unitPriceCents; }
    public Long getAppointmentId() { return appointmentId; }
    public void setAppointmentId(Long appointmentId) { this.appointmentId = appointmentId; }
}
