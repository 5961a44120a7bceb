package de.stammkunde.api.idempotency;

import de.stammkunde.api.problem.InvalidRequest;
import de.stammkunde.shared.idempotency.ExternalIdConflict;
import de.stammkunde.shared.idempotency.IdempotentRequests;
import de.stammkunde.shared.idempotency.KeyReused;
import de.stammkunde.shared.idempotency.StoredResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A POST guarded by an optional {@code Idempotency-Key} header: the first request with a key runs
 * and its answer (status, Location, JSON body) is stored with the key in the same transaction; a
 * repeat with the same body gets exactly that answer again ({@code Idempotent-Replayed: true})
 * and changes nothing; the same key with another path or body is refused with 422. Validate the
 * request before calling {@link #post}: only the application's own exceptions may leave {@code work}.
 */
@ApplicationScoped
public class IdempotentPosts {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7e]{1,200}$");
    private static final Pattern EXTERNAL_ID = Pattern.compile("^[\\x21-\\x7e]{1,100}$");
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    IdempotentRequests requests;

    /** Runs {@code work} once per key; without a key, simply runs it. */
    public Response post(String key, UriInfo uriInfo, Object request, Supplier<Response> work) {
        if (key == null) {
            return work.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw InvalidRequest.field(HEADER, "1 to 200 visible ASCII characters, e.g. a UUID");
        }
        String target = "POST " + uriInfo.getPath();
        IdempotentRequests.Outcome outcome = requests.once(key, target, sha256(JSON.toJson(request)),
                () -> stored(work.get()));
        StoredResponse response = outcome.response();
        Response.ResponseBuilder answer = Response.status(response.status());
        if (response.body() != null) {
            answer.type(MediaType.APPLICATION_JSON_TYPE).entity(response.body());
        }
        if (response.location() != null) {
            answer.location(URI.create(response.location()));
        }
        if (outcome.replayed()) {
            answer.header(REPLAYED_HEADER, "true");
        }
        return answer.build();
    }

    /**
     * A create of a record that may carry the caller's own {@code externalId}: the first request with
     * an external id of {@code kind} runs and its answer is stored under it, like under an
     * idempotency key; a repeat with the same body answers 200 with the first answer's body and
     * Location and creates nothing; the same external id with another body is refused with 422
     * {@code external-id-conflict}. The body's digest is what is compared, so "the same" means the
     * same fields with the same values. An {@code Idempotency-Key} is honoured around it as in {@link #post}.
     * External ids live in the idempotency registry under {@code "external-id <kind> <id>"} and are
     * kept for good: a purge of old idempotency keys must leave them alone.
     */
    public Response create(String kind, String externalId, String key, UriInfo uriInfo, Object request,
                           Supplier<Response> work) {
        if (externalId == null) {
            return post(key, uriInfo, request, work);
        }
        if (!EXTERNAL_ID.matcher(externalId).matches()) {
            throw InvalidRequest.field("externalId", "1 to 100 visible ASCII characters");
        }
        return post(key, uriInfo, new WithExternalId(externalId, request), () -> {
            IdempotentRequests.Outcome outcome;
            try {
                // a space cannot occur in an Idempotency-Key, so the two kinds of key never meet
                outcome = requests.once("external-id " + kind + " " + externalId, "POST " + uriInfo.getPath(),
                        sha256(JSON.toJson(request)), () -> stored(work.get()));
            } catch (KeyReused e) {
                throw new ExternalIdConflict(kind, externalId);
            }
            StoredResponse response = outcome.response();
            Response.ResponseBuilder answer = Response.status(outcome.replayed() ? Response.Status.OK.getStatusCode()
                    : response.status());
            if (response.body() != null) {
                answer.type(MediaType.APPLICATION_JSON_TYPE).entity(response.body());
            }
            if (response.location() != null) {
                answer.location(URI.create(response.location()));
            }
            if (outcome.replayed()) {
                answer.header(REPLAYED_HEADER, "true");
            }
            return answer.build();
        });
    }

    /** What an Idempotency-Key guards when the body names an external id: both together. */
    public record WithExternalId(String externalId, Object request) {
    }

    private static StoredResponse stored(Response response) {
        Object entity = response.getEntity();
        URI location = response.getLocation();
        return new StoredResponse(response.getStatus(), location == null ? null : location.toString(),
                entity == null ? null : JSON.toJson(entity));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
