package de.stammkunde.api.consent;

import de.stammkunde.api.problem.RequestValidator;
import de.stammkunde.consent.application.ConsentLinks;
import de.stammkunde.consent.application.ConsentProofView;
import de.stammkunde.consent.application.ConsentService;
import de.stammkunde.consent.application.ConsentView;
import de.stammkunde.consent.application.RecordConsent;
import de.stammkunde.consent.domain.ConsentChannel;
import de.stammkunde.consent.domain.ConsentPolicy;
import de.stammkunde.consent.domain.ConsentPurpose;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.shared.error.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;
import java.util.Locale;

/** A client's consents: current answers, recording an answer with proof, the trail as evidence. */
@Path("v1/tenants/{tenant}/clients/{id}/consents")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class ClientConsentResource {

    @Inject
    ConsentService consents;

    @Inject
    RequestValidator validator;

    @Inject
    ConsentLinks links;

    @GET
    @Operation(summary = "The client's consents", description = "Every purpose and channel with state, text version"
            + " (and whether it is outdated) and guardian; UNKNOWN where nothing was answered")
    public List<ConsentView> list(@PathParam("id") long id) {
        return consents.consents(id);
    }

    @PUT
    @Path("{purpose}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an answer", description = "purpose: data-processing, appointment-updates, marketing,"
            + " personalised-suggestions, image-publication. Adds a proof (source, text version shown, who, IP and"
            + " user agent when online, guardian for minors) and sets the current state; email marketing stays"
            + " UNCONFIRMED until the double opt-in")
    public ConsentView record(@PathParam("id") long id, @PathParam("purpose") String purpose, ConsentRequest request) {
        ConsentPurpose checkedPurpose = purpose(purpose);
        ConsentRequest checked = validator.convert(request, r -> r);
        return consents.record(id, checkedPurpose, new RecordConsent(checked.channel(), checked.state(),
                checked.source(), checked.textVersion(), checked.language(), checked.ip(), checked.userAgent(),
                checked.guardianName(), checked.guardianRelation()));
    }

    @POST
    @Path("link")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A consent form link for the client", description = "Signed with the business's key,"
            + " single-purpose, expiring after validDays (1-30, default 14); channel email or sms tells how it is sent."
            + " Sending it comes with messaging")
    public Response link(@PathParam("id") long id, LinkRequest request) {
        LinkRequest body = request == null ? new LinkRequest(null, null) : request;
        return Response.status(Response.Status.CREATED).entity(links.create(id, body.channel(), body.validDays()))
                .build();
    }

    /** Which channel the link is for and how long it stays valid. */
    public record LinkRequest(String channel, Integer validDays) {
    }

    @GET
    @Path("trail")
    @Operation(summary = "Consent evidence", description = "The whole append-only trail, oldest first, with each text"
            + " as it was shown: what a business shows an authority")
    public List<ConsentProofView> trail(@PathParam("id") long id) {
        return consents.trail(id);
    }

    @GET
    @Path("decision")
    @Operation(summary = "May the business contact the client?", description = "The rule every message goes through")
    public ContactDecision decision(@PathParam("id") long id, @QueryParam("purpose") String purpose,
                                    @QueryParam("channel") String channel) {
        ConsentPurpose checkedPurpose = purpose(purpose);
        ConsentChannel checkedChannel;
        try {
            checkedChannel = ConsentChannel.valueOf(channel == null ? "" : channel.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Invalid.field("channel", "one of " + checkedPurpose.channels());
        }
        ConsentPolicy.Reason reason = consents.mayContact(id, checkedPurpose, checkedChannel);
        return new ContactDecision(checkedPurpose.slug(), checkedChannel.name(), reason.allowed(), reason.name());
    }

    static ConsentPurpose purpose(String slug) {
        return ConsentPurpose.bySlug(slug == null ? "" : slug)
                .orElseThrow(() -> new NotFound("consent-purpose-not-found", "No purpose " + slug));
    }
}
