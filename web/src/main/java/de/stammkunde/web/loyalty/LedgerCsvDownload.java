package de.stammkunde.web.loyalty;

import de.stammkunde.loyalty.application.LoyaltyAccounts;
import de.stammkunde.loyalty.application.LoyaltyCsv;
import de.stammkunde.shared.error.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * A client's ledger as CSV from the loyalty box ({@code /app/{tenant}/ledger-csv/{id}}): the same
 * file as the API's, streamed page by page; a plain link, so it can be saved or copied like one.
 */
@Named
@RequestScoped
public class LedgerCsvDownload {

    @Inject
    LoyaltyAccounts accounts;

    private Long id;

    public void write() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        faces.responseComplete();
        if (id == null) {
            external.responseSendError(404, "");
            return;
        }
        long client = id;
        try {
            accounts.ledger(client, 0, 1);
        } catch (NotFound gone) {
            external.responseSendError(404, "");
            return;
        }
        external.setResponseContentType(LoyaltyCsv.MEDIA_TYPE + "; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"ledger-" + client + ".csv\"");
        LoyaltyCsv.ledger(new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8),
                number -> accounts.ledger(client, number, LoyaltyAccounts.MAX_PAGE_SIZE));
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
