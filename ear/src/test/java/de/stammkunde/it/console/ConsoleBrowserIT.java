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

/** The business console in a real browser: sign in through Keycloak, find clients, switch language. */
class ConsoleBrowserIT extends DeployedPlatform {

    @Test
    void anOwnerSignsInFindsClientsAndSwitchesToEnglish() throws Exception {
        TestTenant studio = Tenants.provision("console");
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(studio.ownerEmail(), password);
        for (String client : new String[] {
                "{\"firstName\": \"Marie\", \"lastName\": \"Dupont\", \"tags\": [\"Hochzeit\"]}",
                "{\"firstName\": \"Jürgen\", \"lastName\": \"Müller\", \"tags\": [\"Familie\"]}",
                "{\"firstName\": \"Zoë\", \"lastName\": \"Zimmer\"}"}) {
            studio.asOwner().body(client).post("/clients").then().statusCode(201);
        }

        try (Browser browser = new Browser()) {
            browser.open(TestPlatform.baseUrl() + "/app/");
            browser.signIn(studio.ownerEmail(), password);

            browser.waitForText(By.id("clients-form:clients"), "Dupont, Marie");
            assertThat(browser.driver().getCurrentUrl()).startsWith(TestPlatform.baseUrl() + "/app/" + studio.slug() + "/");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Kunden");
            assertThat(browser.driver().findElement(By.id("clients-form:clients")).getText())
                    .contains("Müller, Jürgen").contains("Zimmer, Zoë").contains("Hochzeit").contains("Familie");
            browser.screenshot("console-clients-de");

            browser.driver().findElement(By.id("clients-form:search")).sendKeys("hochzeit");
            browser.driver().findElement(By.id("clients-form:search-button")).click();
            browser.waitForText(By.id("clients-form:clients"), "Dupont, Marie");
            Thread.sleep(500);
            assertThat(browser.driver().findElement(By.id("clients-form:clients")).getText())
                    .contains("Dupont, Marie").doesNotContain("Müller").doesNotContain("Zimmer");

            browser.driver().findElement(By.id("language")).click();
            browser.waitForText(By.tagName("h1"), "Clients");
            assertThat(browser.driver().getCurrentUrl()).contains("/app/" + studio.slug() + "/");
            browser.screenshot("console-clients-en");
        }
    }
}
