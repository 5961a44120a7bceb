package de.stammkunde.it.console;

import de.stammkunde.it.Browser;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Keycloak;
import de.stammkunde.it.TestPlatform;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Staff record a consent given in person on the client profile; the warning disappears. */
class ConsentBrowserIT extends DeployedPlatform {

    @Test
    void staffRecordDataProcessingConsentInPersonAndTheWarningGoes() throws Exception {
        TestTenant studio = Tenants.provision("consent-ui");
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(studio.ownerEmail(), password);
        long id = studio.asOwner().body("{\"firstName\": \"Wanda\", \"lastName\": \"Warnung\"}").post("/clients")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        try (Browser browser = new Browser()) {
            browser.open(TestPlatform.baseUrl() + "/app/" + studio.slug() + "/client/" + id);
            browser.signIn(studio.ownerEmail(), password);
            browser.waitForText(By.id("consent-form:consent-warning"), "Keine Einwilligung zur Datenverarbeitung");
            assertThat(browser.driver().findElement(By.id("consent-text-body")).getText())
                    .contains("Ich willige ein");

            browser.driver().findElement(By.id("consent-form:record-consent")).click();
            browser.waitForText(By.id("consent-form:consent-messages"), "Antwort mit Nachweis erfasst");
            assertThat(browser.driver().findElements(By.id("consent-form:consent-warning"))).isEmpty();
            assertThat(browser.driver().findElement(By.id("consent-form:consents")).getText())
                    .contains("Datenverarbeitung").contains("erteilt");
            browser.screenshot("console-client-consents");
        }
        studio.asOwner().get("/clients/" + id + "/consents/trail").then()
                .body("[0].state", equalTo("GIVEN"))
                .body("[0].source", equalTo("IN_PERSON"))
                .body("[0].textVersion", equalTo(1))
                .body("[0].actorName", equalTo("Test Owner"));
    }
}
