package de.stammkunde.web.billing;

import de.stammkunde.billing.domain.EuroAmount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** Cents as the page's language writes euros: "42,00 €" in German, "€42.00" in English. */
@Named
@ApplicationScoped
public class Money {

    public String format(long cents) {
        return new EuroAmount(cents).format(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
