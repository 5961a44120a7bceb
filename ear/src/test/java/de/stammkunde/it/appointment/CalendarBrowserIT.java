package de.stammkunde.it.appointment;

import de.stammkunde.it.Browser;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Keycloak;
import de.stammkunde.it.TestPlatform;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An owner books an appointment for a client in the console's calendar and cancels it after
 * confirming; and adds a session type from the settings page.
 */
class CalendarBrowserIT extends DeployedPlatform {

    private static final String DAY = "2026-04-15";

    @Test
    void theOwnerBooksAnAppointmentSeesItOnItsDayAndCancelsItWithConfirmation() throws Exception {
        TestTenant studio = Tenants.provision("calendar-ui");
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(studio.ownerEmail(), password);
        studio.asOwner().body("{\"name\": \"Porträt\", \"durationMinutes\": 90, \"defaultPriceCents\": 12900}")
                .post("/session-types").then().statusCode(201);
        studio.asOwner().body("""
                        {"firstName": "Marie", "lastName": "Dupont", "email": "marie@example.org",
                         "tags": ["Hochzeit", "Stammgast"]}""")
                .post("/clients").then().statusCode(201);
        String calendar = TestPlatform.baseUrl() + "/app/" + studio.slug() + "/calendar";

        try (Browser browser = new Browser()) {
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
            browser.open(calendar);
            browser.signIn(studio.ownerEmail(), password);
            browser.waitForText(By.id("calendar-title"), "Kalender");
            browser.open(calendar + "?day=" + DAY);
            By day = By.cssSelector("[data-day='" + DAY + "']");
            wait.until(ExpectedConditions.visibilityOfElementLocated(day));
            assertThat(browser.driver().findElements(By.cssSelector("[data-day]"))).hasSize(7);
            browser.screenshot("calendar-week");

            browser.driver().findElement(By.id("calendar-form:new-appointment")).click();
            WebElement search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-form:client-search")));
            search.sendKeys("Dupont");
            browser.waitForText(By.id("new-form:client_label"), "Dupont, Marie");
            WebElement time = browser.driver().findElement(By.id("new-form:time"));
            time.clear();
            time.sendKeys("09:30");
            browser.screenshot("calendar-new-appointment");
            browser.driver().findElement(By.id("new-form:book")).click();

            browser.waitForText(day, "Dupont");
            assertThat(browser.driver().findElement(day).getText()).contains("09:30–11:00", "Porträt", "Gebucht");
            browser.screenshot("calendar-booked");
            JsonPath booked = studio.asOwner().get("/appointments?from=" + DAY).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(booked.getInt("total")).isEqualTo(1);
            assertThat(booked.getString("items[0].localStart")).startsWith(DAY + "T09:30");
            assertThat(booked.getString("items[0].status")).isEqualTo("BOOKED");

            browser.driver().findElement(By.cssSelector("[data-day='" + DAY + "'] [data-appointment]")).click();
            browser.waitForText(By.id("detail-client"), "Marie Dupont");
            assertThat(browser.driver().findElement(By.id("client-email")).getText()).isEqualTo("marie@example.org");
            assertThat(browser.driver().findElement(By.id("client-tags")).getText()).isEqualTo("Hochzeit, Stammgast");
            browser.screenshot("calendar-detail");
            browser.driver().findElement(By.id("detail-form:cancel")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-form:confirm-yes")));
            assertThat(browser.driver().findElement(By.cssSelector(".ui-confirm-dialog")).getText())
                    .contains("wirklich stornieren");
            browser.screenshot("calendar-cancel-confirmation");
            browser.driver().findElement(By.id("confirm-form:confirm-yes")).click();

            browser.waitForText(By.id("detail-status"), "Storniert");
            browser.screenshot("calendar-cancelled");
            studio.asOwner().get("/appointments?from=" + DAY).then().statusCode(200)
                    .body("items[0].status", org.hamcrest.Matchers.equalTo("CANCELLED"));
            browser.waitForText(day, "Storniert");
        }
    }

    @Test
    void anOwnerAddsASessionTypeFromTheSettingsPage() throws Exception {
        TestTenant studio = Tenants.provision("types-ui");
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(studio.ownerEmail(), password);

        try (Browser browser = new Browser()) {
            browser.open(TestPlatform.baseUrl() + "/app/" + studio.slug() + "/settings");
            browser.signIn(studio.ownerEmail(), password);
            browser.waitForText(By.tagName("h1"), "Einstellungen");
            browser.driver().findElement(By.id("session-types-link")).click();
            browser.waitForText(By.id("session-types-title"), "Terminarten");

            browser.driver().findElement(By.id("type-form:name")).sendKeys("Haarschnitt");
            replace(browser.driver().findElement(By.id("type-form:durationMinutes_input")), "45");
            replace(browser.driver().findElement(By.id("type-form:defaultPriceCents_input")), "39");
            browser.driver().findElement(By.id("type-form:save")).click();

            browser.waitForText(By.id("types-form:types"), "Haarschnitt");
            browser.screenshot("session-types");
            studio.asOwner().get("/session-types").then().statusCode(200)
                    .body("name", org.hamcrest.Matchers.contains("Haarschnitt"))
                    .body("[0].durationMinutes", org.hamcrest.Matchers.equalTo(45))
                    .body("[0].defaultPriceCents", org.hamcrest.Matchers.equalTo(3900))
                    .body("[0].active", org.hamcrest.Matchers.equalTo(true));
        }
    }

    private static void replace(WebElement field, String text) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        field.sendKeys(Keys.BACK_SPACE);
        field.sendKeys(text);
    }
}
