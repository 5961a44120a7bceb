package de.stammkunde.it.console;

import de.stammkunde.it.Browser;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Keycloak;
import de.stammkunde.it.TestPlatform;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** An owner changes the client history, the reminder lead time and birthday greetings in the console's settings. */
class SettingsBrowserIT extends DeployedPlatform {

    @Test
    void theOwnerSwitchesTheHistoryOffAndTheProfileSaysSo() throws Exception {
        TestTenant studio = Tenants.provision("settings-ui");
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(studio.ownerEmail(), password);
        long id = studio.asOwner().body("{\"firstName\": \"Vera\", \"lastName\": \"Verlauf\"}").post("/clients")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        try (Browser browser = new Browser()) {
            browser.open(TestPlatform.baseUrl() + "/app/" + studio.slug() + "/clients");
            browser.signIn(studio.ownerEmail(), password);
            browser.waitForText(By.id("clients-form:clients"), "Verlauf, Vera");
            browser.driver().findElement(By.cssSelector("#menu-form a[href$='/settings']")).click();
            browser.waitForText(By.tagName("h1"), "Einstellungen");
            assertThat(browser.driver().findElement(By.id("settings-form:client-history_input")).isSelected()).isTrue();

            browser.driver().findElement(By.cssSelector("#settings-form\\:client-history .ui-toggleswitch-slider"))
                    .click();
            WebElement lead = browser.driver().findElement(By.id("settings-form:reminder-lead-hours_input"));
            assertThat(lead.getAttribute("value")).isEqualTo("24");
            lead.sendKeys(Keys.chord(Keys.CONTROL, "a"));
            lead.sendKeys(Keys.BACK_SPACE);
            lead.sendKeys("48");
            assertThat(browser.driver().findElement(By.id("settings-form:birthday-greetings_input")).isSelected())
                    .isTrue();
            browser.driver().findElement(By.cssSelector("#settings-form\\:birthday-greetings .ui-toggleswitch-slider"))
                    .click();
            browser.driver().findElement(By.id("settings-form:save")).click();
            browser.waitForText(By.id("settings-form:messages"), "Einstellungen gespeichert");
            browser.screenshot("console-settings");
            studio.asOwner().get("/settings").then().body("clientHistory", equalTo(false))
                    .body("reminderLeadHours", equalTo(48))
                    .body("birthdayGreetings", equalTo(false));

            browser.open(TestPlatform.baseUrl() + "/app/" + studio.slug() + "/client/" + id);
            browser.waitForText(By.id("history-off"), "ausgeschaltet");
        }
    }
}
