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
    void theCalendarWarnsAboutClientsWithoutDataProcessingConsent() throws Exception {
        TestTenant studio = Tenants.provision("consent-cal");
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(studio.ownerEmail(), password);
        long without = studio.asOwner().body("{\"firstName\": \"Ohne\", \"lastName\": \"Einwilligung\"}")
                .post("/clients").then().statusCode(201).extract().jsonPath().getLong("id");
        long with = studio.asOwner().body("{\"firstName\": \"Mit\", \"lastName\": \"Einwilligung\"}")
                .post("/clients").then().statusCode(201).extract().jsonPath().getLong("id");
        studio.asOwner().body("{\"state\": \"GIVEN\", \"source\": \"IN_PERSON\", \"textVersion\": 1}")
                .put("/clients/" + with + "/consents/data-processing").then().statusCode(200);
        long type = studio.asOwner().body("{\"name\": \"Beratung\", \"durationMinutes\": 30, \"defaultPriceCents\": 0,"
                + " \"active\": true}").post("/session-types").then().statusCode(201).extract().jsonPath().getLong("id");
        long warned = book(studio, without, type, "2026-03-02T10:00");
        long fine = book(studio, with, type, "2026-03-02T11:00");

        try (Browser browser = new Browser()) {
            browser.open(TestPlatform.baseUrl() + "/app/" + studio.slug() + "/calendar?day=2026-03-02");
            browser.signIn(studio.ownerEmail(), password);
            browser.open(TestPlatform.baseUrl() + "/app/" + studio.slug() + "/calendar?day=2026-03-02");
            browser.waitForText(By.cssSelector("[data-appointment='" + warned + "']"), "Einwilligung fehlt");
            assertThat(browser.driver().findElement(By.cssSelector("[data-appointment='" + fine + "']")).getText())
                    .contains("Mit Einwilligung").doesNotContain("Einwilligung fehlt");
            browser.screenshot("calendar-consent-warning");
            browser.driver().findElement(By.cssSelector("[data-appointment='" + warned + "']")).click();
            browser.waitForText(By.id("detail-form:detail-consent-warning"), "Keine Einwilligung");

            browser.open(TestPlatform.baseUrl() + "/app/" + studio.slug() + "/clients");
            browser.waitForText(By.id("clients-form:clients"), "Einwilligung, Ohne");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("PF('consentFilter').selectValue('missing');");
            browser.driver().findElement(By.id("clients-form:search-button")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(driver -> !driver.findElement(By.id("clients-form:clients")).getText().contains("Einwilligung, Mit"));
            assertThat(browser.driver().findElement(By.id("clients-form:clients")).getText())
                    .contains("Einwilligung, Ohne");
        }
    }

    private static long book(TestTenant studio, long client, long type, String start) {
        return studio.asOwner().body("{\"clientId\": %d, \"sessionTypeId\": %d, \"start\": \"%s\"}"
                .formatted(client, type, start)).post("/appointments").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

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

            browser.driver().findElement(By.id("consent-form:evidence-link")).click();
            browser.waitForText(By.id("evidence-title"), "Einwilligungsnachweis: Wanda Warnung");
            assertThat(browser.driver().findElement(By.id("evidence")).getText())
                    .contains("Datenverarbeitung").contains("erteilt").contains("persönlich").contains("Test Owner")
                    .contains("Ich willige ein");
            browser.screenshot("console-consent-evidence");
        }
        studio.asOwner().get("/clients/" + id + "/consents/trail").then()
                .body("$", org.hamcrest.Matchers.hasSize(1))
                .body("[0].state", equalTo("GIVEN"))
                .body("[0].source", equalTo("IN_PERSON"))
                .body("[0].textVersion", equalTo(1))
                .body("[0].actorName", equalTo("Test Owner"));
    }
}
