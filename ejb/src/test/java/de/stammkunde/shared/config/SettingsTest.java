package de.stammkunde.shared.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsTest {

    @Test
    void usesTheDefaultWhenTheVariableIsMissingOrBlank() {
        Settings settings = Settings.from(Map.of("KEYCLOAK_REALM", "  ")::get);

        assertThat(settings.get(Setting.KEYCLOAK_REALM)).isEqualTo("stammkunde");
        assertThat(settings.get(Setting.PUBLIC_URL)).isEqualTo(Setting.PUBLIC_URL.defaultValue());
    }

    @Test
    void takesTheEnvironmentsValueTrimmed() {
        Settings settings = Settings.from(Map.of("STAMMKUNDE_PUBLIC_URL", " https://app.example.de ")::get);

        assertThat(settings.get(Setting.PUBLIC_URL)).isEqualTo("https://app.example.de");
    }

    @Test
    void describesEverySettingButNeverPrintsASecret() {
        Settings settings = Settings.from(Map.of("KEYCLOAK_ADMIN_CLIENT_SECRET", "s3cr3t-value")::get);

        String description = settings.describe();

        assertThat(description).doesNotContain("s3cr3t-value")
                .contains("KEYCLOAK_ADMIN_CLIENT_SECRET=" + Settings.MASK)
                .doesNotContain("development default");
        for (Setting setting : Setting.values()) {
            assertThat(description).contains(setting.variable() + "=");
        }
    }

    @Test
    void saysWhenASecretIsStillTheDevelopmentDefault() {
        String description = Settings.from(name -> null).describe();

        assertThat(description).contains("KEYCLOAK_ADMIN_CLIENT_SECRET=" + Settings.MASK + " (development default)")
                .doesNotContain(Setting.KEYCLOAK_ADMIN_CLIENT_SECRET.defaultValue());
    }

    @Test
    void saysWhenASecretWithoutDefaultIsNotSet() {
        String description = Settings.from(Map.of("STAMMKUNDE_SMS_GATEWAY_TOKEN", " ")::get).describe();

        assertThat(description).contains("STAMMKUNDE_SMS_GATEWAY_TOKEN=" + Settings.NOT_SET);
        assertThat(Settings.from(Map.of("STAMMKUNDE_SMS_GATEWAY_TOKEN", "tok-123")::get).describe())
                .contains("STAMMKUNDE_SMS_GATEWAY_TOKEN=" + Settings.MASK)
                .doesNotContain("tok-123");
    }
}
