package de.stammkunde.shared.link;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignedLinkTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final SignedLink LINK = new SignedLink("consent", "studio-licht", 42, "email",
            NOW.plusSeconds(3600));

    @Test
    void aSignedLinkVerifiesUnderItsKeyAndPurposeUntilItExpires() {
        String token = LINK.sign(KEY);

        assertThat(SignedLink.verify(token, KEY, "consent", NOW)).isEqualTo(LINK);
        assertThat(SignedLink.read(token).tenant()).isEqualTo("studio-licht");
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void anyChangeToTheTokenIsRefused() {
        String token = LINK.sign(KEY);
        String otherClient = new SignedLink("consent", "studio-licht", 43, "email", NOW.plusSeconds(3600)).sign(KEY);
        String forged = otherClient.substring(0, otherClient.indexOf('.')) + token.substring(token.indexOf('.'));
        int at = token.length() - 5;
        String flipped = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);

        assertRefused(forged, KEY, "consent", NOW, SignedLink.Refusal.TAMPERED);
        assertRefused(flipped, KEY, "consent", NOW, SignedLink.Refusal.TAMPERED);
        assertRefused(token, "another key of 32 bytes, really!".getBytes(), "consent", NOW,
                SignedLink.Refusal.TAMPERED);
        assertRefused("garbage", KEY, "consent", NOW, SignedLink.Refusal.MALFORMED);
        assertRefused("Zm9v.YmFy", KEY, "consent", NOW, SignedLink.Refusal.MALFORMED);
    }

    @Test
    void aLinkServesOnlyItsPurposeAndOnlyUntilItExpires() {
        String token = LINK.sign(KEY);

        assertRefused(token, KEY, "review", NOW, SignedLink.Refusal.WRONG_PURPOSE);
        assertRefused(token, KEY, "consent", NOW.plusSeconds(3600), SignedLink.Refusal.EXPIRED);
    }

    private static void assertRefused(String token, byte[] key, String purpose, Instant now,
                                      SignedLink.Refusal refusal) {
        assertThatThrownBy(() -> SignedLink.verify(token, key, purpose, now))
                .isInstanceOfSatisfying(SignedLink.InvalidLink.class, e -> assertThat(e.refusal()).isEqualTo(refusal));
    }
}
