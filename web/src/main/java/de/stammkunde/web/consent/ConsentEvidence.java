package de.stammkunde.web.consent;

import de.stammkunde.client.application.ClientService;
import de.stammkunde.client.application.ClientView;
import de.stammkunde.consent.application.ConsentProofView;
import de.stammkunde.consent.application.ConsentService;
import de.stammkunde.shared.error.NotFound;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** A client's consent trail as a readable, printable page: what a business shows an authority. */
@Named
@ViewScoped
public class ConsentEvidence implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsentService consents;

    @Inject
    ClientService clients;

    private Long id;
    private ClientView client;
    private List<ConsentProofView> trail = List.of();

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (id == null) {
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
            return;
        }
        try {
            client = clients.find(id);
            trail = consents.trail(id);
        } catch (NotFound e) {
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ClientView getClient() { return client; }
    public List<ConsentProofView> getTrail() { return trail; }
}
