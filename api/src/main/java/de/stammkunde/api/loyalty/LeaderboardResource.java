package de.stammkunde.api.loyalty;

import de.stammkunde.api.problem.RequestValidator;
import de.stammkunde.loyalty.application.Leaderboard;
import de.stammkunde.loyalty.application.LeaderboardQuery;
import de.stammkunde.loyalty.application.LeaderboardView;
import de.stammkunde.loyalty.application.LoyaltyCsv;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/** The loyalty leaderboard of one business, as JSON or its ranking as CSV. */
@Path("v1/tenants/{tenant}/loyalty/leaderboard")
@RequestScoped
@SecurityRequirement(name = "keycloak")
public class LeaderboardResource {

    @Inject
    Leaderboard leaderboard;

    @Inject
    RequestValidator validator;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The leaderboard", description = "Statistics, top 3, the ranking filtered by minPoints,"
            + " referrals=with|without, rewards=with|without, q (name) and paged (page from 0, size 1-200), popular"
            + " rewards, clients close to their next reward, points per month by source and grants per month")
    public LeaderboardView get(@QueryParam("minPoints") Long minPoints, @QueryParam("referrals") String referrals,
                               @QueryParam("rewards") String rewards, @QueryParam("q") String q,
                               @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return leaderboard.view(LeaderboardQuery.of(minPoints, referrals, rewards, q, page, size));
    }

    @GET
    @Produces(LoyaltyCsv.MEDIA_TYPE + ";qs=0.5")
    @Operation(summary = "The ranking as CSV", description = "The same filters; every page, streamed")
    public Response export(@QueryParam("minPoints") Long minPoints, @QueryParam("referrals") String referrals,
                           @QueryParam("rewards") String rewards, @QueryParam("q") String q) {
        LeaderboardQuery filters = LeaderboardQuery.of(minPoints, referrals, rewards, q, 0, LeaderboardQuery.MAX_SIZE);
        StreamingOutput body = output -> LoyaltyCsv.ranking(new OutputStreamWriter(output, StandardCharsets.UTF_8),
                filters, leaderboard::ranking);
        return Response.ok(body, LoyaltyCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"leaderboard.csv\"").build();
    }
}
