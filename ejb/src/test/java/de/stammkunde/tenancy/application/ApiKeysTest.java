package de.stammkunde.tenancy.application;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeysTest {

    @Test
    void aSecretIs32RandomBytesInBase64UrlAfterTheSkPrefix() {
        String secret = ApiKeys.newSecret();

        assertThat(secret).startsWith("sk_").hasSize(46).matches("sk_[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(secret.substring(3))).hasSize(32);
        assertThat(ApiKeys.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void theStoredHashIsTheSha256OfTheSecretInHex() {
        assertThat(ApiKeys.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aShapelessSecretIsUnknownWithoutALookup() {
        ApiKeys keys = new ApiKeys();

        assertThat(keys.authenticate("studio", null).outcome()).isEqualTo(ApiKeys.Outcome.UNKNOWN);
        assertThat(keys.authenticate("studio", "Bearer eyJ").outcome()).isEqualTo(ApiKeys.Outcome.UNKNOWN);
        assertThat(keys.authenticate("studio", "sk_" + "x".repeat(200)).outcome()).isEqualTo(ApiKeys.Outcome.UNKNOWN);
    }
}
