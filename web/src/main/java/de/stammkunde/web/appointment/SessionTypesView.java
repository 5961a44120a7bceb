package de.stammkunde.web.appointment;

import de.stammkunde.appointment.application.SessionTypeService;
import de.stammkunde.appointment.application.SessionTypeView;
import de.stammkunde.appointment.domain.SessionTypeData;
import de.stammkunde.shared.error.Conflict;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.web.console.ConsoleSession;
import de.stammkunde.web.faces.ConsoleMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The session types page: owners and managers only (others get the 403 page); a list and one form. */
@Named
@ViewScoped
public class SessionTypesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "type-form";

    @Inject
    SessionTypeService sessionTypes;

    @Inject
    ConsoleSession console;

    private List<SessionTypeView> types;
    private Long editedId;
    private long editedVersion;
    private String name;
    private Integer durationMinutes = 60;
    private BigDecimal price = BigDecimal.ZERO;
    private boolean active = true;

    public void load() throws IOException {
        console.admitsManagers();
    }

    public List<SessionTypeView> getTypes() {
        if (types == null) {
            types = sessionTypes.list(false);
        }
        return types;
    }

    public void edit(SessionTypeView type) {
        editedId = type.id();
        editedVersion = type.version();
        name = type.name();
        durationMinutes = type.durationMinutes();
        price = BigDecimal.valueOf(type.defaultPriceCents(), 2);
        active = type.active();
    }

    public void startNew() {
        editedId = null;
        name = null;
        durationMinutes = 60;
        price = BigDecimal.ZERO;
        active = true;
    }

    public void save() {
        if (!console.isManagesSettings()) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Long cents = price == null ? null : price.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
            SessionTypeData data = SessionTypeData.of(name, durationMinutes, cents, active);
            SessionTypeView saved = editedId == null ? sessionTypes.create(data)
                    : sessionTypes.change(editedId, editedVersion, data);
            message(null, FacesMessage.SEVERITY_INFO, "sessionTypes.saved", saved.name());
            startNew();
            types = null;
        } catch (Invalid invalid) {
            for (Invalid.Violation violation : invalid.violations()) {
                message(FORM + ":" + violation.field(), FacesMessage.SEVERITY_ERROR,
                        "sessionTypes.invalid." + violation.field());
            }
            faces.validationFailed();
        } catch (Conflict conflict) {
            message(FORM + ":name", FacesMessage.SEVERITY_ERROR, "session-type-changed".equals(conflict.code())
                    ? "sessionTypes.changedMeanwhile" : "sessionTypes.exists");
            types = null;
            faces.validationFailed();
        }
    }

    private static void message(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        ConsoleMessages.add(clientId, severity, key, arguments);
    }

    /** A price in cents as a decimal euro amount for the table. */
    public BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    public boolean isEditing() { return editedId != null; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(Integer durationMinutes) { this.durationMinutes = durationMinutes; }
    public BigDecimal getPrice() { return price; }
    public void setPrice(BigDecimal price) { this.price = price; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
