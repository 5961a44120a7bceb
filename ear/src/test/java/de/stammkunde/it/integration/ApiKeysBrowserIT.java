package de.stammkunde.it.integration;

import de.stammkunde.it.Browser;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Keycloak;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import de.stammkunde.it.TestPlatform;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The API keys section of the console's staff page: an owner creates a key, sees its secret once, and revokes it. */
class ApiKeysBrowserIT extends DeployedPlatform {

    @Test
    void anOwnerCreatesAKeySeesItsSecretOnceAndRevokesIt() throws Exception {
        TestTenant studio = Tenants.provision("keys-console");
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(studio.ownerEmail(), password);

        try (Browser browser = new Browser()) {
            browser.open(TestPlatform.baseUrl() + "/app/");
            browser.signIn(studio.ownerEmail(), password);
            browser.waitForText(By.tagName("h1"), "Kunden");
            browser.open(TestPlatform.baseUrl() + "/app/" + studio.slug() + "/staff");
            browser.waitForText(By.id("api-keys-title"), "API-Schlüssel");

            browser.driver().findElement(By.id("api-key-form:create")).click();
            browser.waitForText(By.id("api-key-form"), "Bitte einen Namen mit höchstens 100 Zeichen angeben.");

            browser.driver().findElement(By.id("api-key-form:name")).sendKeys("Kasse");
            browser.driver().findElement(By.id("api-key-form:create")).click();
            browser.waitForText(By.id("messages"), "API-Schlüssel „Kasse“ wurde angelegt.");
            String secret = browser.driver().findElement(By.id("api-key-secret")).getText().strip();
            assertThat(secret).startsWith("sk_").hasSize(46);
            assertThat(browser.driver().findElement(By.id("api-keys-form:api-keys")).getText())
                    .contains("Kasse").contains(secret.substring(0, 11)).doesNotContain(secret);
            browser.screenshot("console-api-key-created");
            integration(studio, secret).statusCode(201);

            browser.driver().navigate().refresh();
            browser.waitForText(By.id("api-keys-title"), "API-Schlüssel");
            assertThat(browser.driver().getPageSource()).doesNotContain(secret);

            browser.driver().findElement(By.xpath("//tr[.//span[@class='api-key-name' and text()='Kasse']]"
                    + "//button[contains(@id, ':revoke')]")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(By.id("members-form:confirm-yes")));
            browser.driver().findElement(By.id("members-form:confirm-yes")).click();
            browser.waitForText(By.id("messages"), "API-Schlüssel „Kasse“ wurde widerrufen.");
            assertThat(browser.driver().findElement(By.id("api-keys-form:api-keys")).getText()).contains("Widerrufen am");
            integration(studio, secret).statusCode(401).body("code", equalTo("api-key-revoked"));
        }
    }

    private static io.restassured.response.ValidatableResponse integration(TestTenant studio, String secret) {
        return RestAssured.given().baseUri(TestPlatform.apiUrl() + "/v1/integration/" + studio.slug())
                .header("X-Api-Key", secret).contentType("application/json")
                .body("{\"firstName\": \"Konsole\", \"lastName\": \"Kasse\"}").post("/clients").then();
    }
}
