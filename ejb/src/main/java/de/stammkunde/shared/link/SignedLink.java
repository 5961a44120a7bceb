package de.stammkunde.shared.link;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A token for a public page: what it is for, the tenant, the subject (e.g. a client id), a
 * detail (e.g. the channel the link was sent on) and when it expires, signed with HMAC-SHA256
 * under the tenant's key. The tenant is readable before verification so the right key can be
 * found; nothing in the token is trusted until {@link #verify} has passed.
 */
public record SignedLink(String purpose, String tenant, long subjectId, String detail, Instant expiresAt) {

    private static final String VERSION = "v1";
    private static final Pattern PART = Pattern.compile("^[a-z0-9-]{1,40}$");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public SignedLink {
        if (!PART.matcher(purpose).matches() || !PART.matcher(tenant).matches() || !PART.matcher(detail).matches()) {
            throw new IllegalArgumentException("purpose, tenant and detail must be slugs");
        }
    }

    /** Why a token was refused. */
    public enum Refusal { MALFORMED, TAMPERED, EXPIRED, WRONG_PURPOSE }

    /** A token that cannot be used, and why. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static final class InvalidLink extends RuntimeException {
        private final Refusal refusal;

        public InvalidLink(Refusal refusal) {
            super("Link refused: " + refusal);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    public String sign(byte[] key) {
        String payload = ENCODER.encodeToString(String.join("|", VERSION, purpose, tenant, String.valueOf(subjectId),
                detail, String.valueOf(expiresAt.getEpochSecond())).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(mac(key, payload));
    }

    /** The token's claims, unverified: only to find the tenant whose key verifies it. */
    public static SignedLink read(String token) {
        try {
            int dot = token.indexOf('.');
            if (dot < 1 || token.length() > 512) {
                throw new InvalidLink(Refusal.MALFORMED);
            }
            String[] parts = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 6 || !VERSION.equals(parts[0])) {
                throw new InvalidLink(Refusal.MALFORMED);
            }
            return new SignedLink(parts[1], parts[2], Long.parseLong(parts[3]), parts[4],
                    Instant.ofEpochSecond(Long.parseLong(parts[5])));
        } catch (IllegalArgumentException e) {
            throw new InvalidLink(Refusal.MALFORMED);
        }
    }

    /** The token's claims once its signature, purpose and expiry have been checked. */
    public static SignedLink verify(String token, byte[] key, String purpose, Instant now) {
        SignedLink link = read(token);
        int dot = token.indexOf('.');
        byte[] given;
        try {
            given = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidLink(Refusal.TAMPERED);
        }
        if (!MessageDigest.isEqual(mac(key, token.substring(0, dot)), given)) {
            throw new InvalidLink(Refusal.TAMPERED);
        }
        if (!link.purpose().equals(purpose)) {
            throw new InvalidLink(Refusal.WRONG_PURPOSE);
        }
        if (!now.isBefore(link.expiresAt())) {
            throw new InvalidLink(Refusal.EXPIRED);
        }
        return link;
    }

    private static byte[] mac(byte[] key, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
