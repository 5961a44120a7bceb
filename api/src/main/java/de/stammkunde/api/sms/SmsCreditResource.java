package de.stammkunde.api.sms;

import de.stammkunde.messaging.sms.SmsCredits;
import de.stammkunde.tenancy.domain.TenantContext;
import de.stammkunde.tenancy.domain.TenantSlug;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Every member of a business sees how many SMS credits it has left and how they were used. */
@Path("v1/tenants/{tenant}/sms-credits")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class SmsCreditResource {

    @Inject
    SmsCredits credits;

    @GET
    @Operation(summary = "The business's SMS credit balance and ledger",
            description = "Top-ups by the platform, one debit per SMS sent (one credit per segment), refunds; newest first")
    public SmsCreditsView get(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        TenantSlug tenant = TenantContext.require();
        Paging paging = Paging.of(page, size);
        return new SmsCreditsView(tenant.value(), credits.balance(tenant),
                credits.ledger(tenant, paging.page(), paging.size()), paging.page(), paging.size());
    }
}
