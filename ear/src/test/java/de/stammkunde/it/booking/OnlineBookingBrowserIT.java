package de.stammkunde.it.booking;

import de.stammkunde.it.Browser;
import de.stammkunde.it.BrowserSession;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.TestPlatform;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** A client books on the public page of a business, without an account, following a referral link. */
class OnlineBookingBrowserIT extends DeployedPlatform {

    @Test
    void aClientBooksThroughThePublicPageWithTheReferralCodeOfTheLink() throws Exception {
        TestTenant studio = Tenants.provision("booking-page");
        studio.asOwner().body("{\"name\": \"Familienfoto\", \"durationMinutes\": 60, \"defaultPriceCents\": 9900,"
                + " \"active\": true}").post("/session-types").then().statusCode(201);
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(1);

        try (Browser browser = new Browser()) {
            browser.open(TestPlatform.baseUrl() + "/book/" + studio.slug() + "?ref=FREUND1");
            browser.waitForText(By.tagName("h1"), "Termin buchen");
            assertThat(browser.driver().findElement(By.id("booking:referralCode")).getAttribute("value"))
                    .isEqualTo("FREUND1");
            assertThat(browser.driver().findElement(By.tagName("body")).getText())
                    .contains("Datenschutzhinweis: Studio " + studio.slug());

            new Select(browser.driver().findElement(By.id("booking:day"))).selectByValue(day.toString());
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
            // the page opens on today, whose later slots are shown until the chosen day's arrive by ajax;
            // the update may replace the elements just found: look again then
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("booking:start:0")).getAttribute("value").startsWith(day + "T"));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("booking:start:2")));
            String firstLabel = wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.cssSelector("label[for='booking:start:0']")).getText());
            assertThat(firstLabel).isEqualTo("09:00");
            wait.until(d -> {
                d.findElement(By.id("booking:start:2")).click();
                return true;
            });
            browser.driver().findElement(By.id("booking:firstName")).sendKeys("Frieda");
            browser.driver().findElement(By.id("booking:lastName")).sendKeys("Freundin");
            browser.driver().findElement(By.id("booking:email")).sendKeys("frieda@example.org");
            browser.driver().findElement(By.id("booking:phone")).sendKeys("+49 170 1234567");
            browser.driver().findElement(By.id("booking:submit")).click();
            browser.waitForText(By.tagName("body"), "Bitte bestätigen Sie, dass Sie den Datenschutzhinweis gelesen haben.");

            browser.driver().findElement(By.id("booking:start:2")).click();
            browser.driver().findElement(By.id("booking:privacyNoticeAccepted")).click();
            browser.screenshot("public-booking-form");
            browser.driver().findElement(By.id("booking:submit")).click();
            browser.waitForText(By.tagName("h1"), "Vielen Dank");
            assertThat(browser.driver().findElement(By.tagName("body")).getText())
                    .contains("Familienfoto").contains("10:00").contains("Studio " + studio.slug());
            browser.screenshot("public-booking-done");

            browser.open(TestPlatform.baseUrl() + "/book/" + studio.slug() + "?lang=en");
            browser.waitForText(By.tagName("h1"), "Book an appointment");
        }

        studio.asOwner().queryParam("from", day.toString()).queryParam("to", day.toString()).get("/appointments")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].status", equalTo("BOOKED"))
                .body("items[0].source", equalTo("ONLINE"))
                .body("items[0].referralCode", equalTo("FREUND1"))
                .body("items[0].clientName", equalTo("Frieda Freundin"))
                .body("items[0].sessionTypeName", equalTo("Familienfoto"))
                .body("items[0].localStart", startsWith(day + "T10:00"));
        studio.asOwner().queryParam("q", "frieda@example.org").get("/clients").then().statusCode(200)
                .body("items.phone", contains("+491701234567"));

        BrowserSession anonymous = new BrowserSession();
        HttpResponse<String> unknown = anonymous.get(TestPlatform.baseUrl() + "/book/no-such-studio-x1");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain("Termin buchen");
    }
}
