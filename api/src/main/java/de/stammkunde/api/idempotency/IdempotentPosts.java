package de.stammkunde.api.idempotency;

import de.stammkunde.api.problem.InvalidRequest;
import de.stammkunde.shared.idempotency.IdempotentRequests;
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
