package de.stammkunde.it.campaign;

import de.stammkunde.it.Browser;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Keycloak;
import de.stammkunde.it.Mail;
import de.stammkunde.it.Mailbox;
import de.stammkunde.it.TestPlatform;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The console's campaigns page in a real browser: an owner composes a newsletter, previews it with
 * its audience, sends it now after confirming, and only the consenting client gets the email.
 */
class CampaignBrowserIT extends DeployedPlatform {

    @Test
    void anOwnerComposesPreviewsAndSendsANewsletterThatReachesTheConsentingClient() throws Exception {
        TestTenant studio = Tenants.provision("campaign-ui");
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(studio.ownerEmail(), password);
        String tag = "ui-" + UUID.randomUUID().toString().substring(0, 6);
        String consentingEmail = "nina-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long consenting = client(studio, "Nina", consentingEmail, tag);
        studio.asOwner().body("{\"state\": \"GIVEN\", \"source\": \"IN_PERSON\", \"textVersion\": 1}")
                .put("/clients/" + consenting + "/consents/data-processing").then().statusCode(200);
        studio.asOwner().body("{\"channel\": \"EMAIL\", \"state\": \"GIVEN\", \"source\": \"IN_PERSON\", \"textVersion\": 1}")
                .put("/clients/" + consenting + "/consents/marketing").then().statusCode(200);
        String link = Mail.of(await(consentingEmail, 1).get(0)).link(TestPlatform.baseUrl() + "/confirm/");
        RestAssured.post(link).then().statusCode(200);
        String otherEmail = "otto-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        client(studio, "Otto", otherEmail, tag);

        try (Browser browser = new Browser()) {
            browser.open(TestPlatform.baseUrl() + "/app/");
            browser.signIn(studio.ownerEmail(), password);
            browser.waitForText(By.tagName("h1"), "Kunden");
            browser.driver().findElement(By.linkText("Kampagnen")).click();
            browser.waitForText(By.tagName("h1"), "Kampagnen");
            assertThat(browser.driver().getCurrentUrl())
                    .isEqualTo(TestPlatform.baseUrl() + "/app/" + studio.slug() + "/campaigns");

            browser.driver().findElement(By.id("campaign-form:new-newsletter")).click();
            wait(browser, By.id("campaign-form:subjectDe"));
            browser.driver().findElement(By.id("campaign-form:name")).sendKeys("Herbst");
            browser.driver().findElement(By.id("campaign-form:subjectDe")).sendKeys("Herbstgruß von {{businessName}}");
            browser.driver().findElement(By.id("campaign-form:bodyDe")).sendKeys("Hallo {{vorname}}!");
            browser.driver().findElement(By.id("campaign-form:tag")).sendKeys(tag);
            browser.driver().findElement(By.id("campaign-form:save")).click();
            browser.waitForText(By.id("campaign-form"), "Bitte einen gültigen deutschen Text angeben.");

            var body = browser.driver().findElement(By.id("campaign-form:bodyDe"));
            body.clear();
            body.sendKeys("Hallo {{firstName}}, schöne Herbsttage!");
            browser.driver().findElement(By.id("campaign-form:preview")).click();
            browser.waitForText(By.id("preview-subject-de"), "Herbstgruß von Studio " + studio.slug());
            assertThat(browser.driver().findElement(By.id("audience-size")).getText()).isEqualTo("2");
            assertThat(browser.driver().findElement(By.id("eligible-size")).getText()).isEqualTo("1");
            assertThat(browser.driver().findElement(By.id("preview-text-de")).getText()).contains("Hallo Marie");
            browser.screenshot("console-campaign-preview");

            browser.driver().findElement(By.id("campaign-form:send-now")).click();
            wait(browser, By.id("campaign-form:confirm-yes"));
            browser.driver().findElement(By.id("campaign-form:confirm-yes")).click();
            browser.waitForText(By.id("campaign-form:messages"), "Die Kampagne wird jetzt gesendet.");
        }

        List<Map<String, Object>> mails = await(consentingEmail, 2);
        Mail newsletter = Mail.of(mails.get(1));
        assertThat(newsletter.subject()).isEqualTo("Herbstgruß von Studio " + studio.slug());
        assertThat(newsletter.text()).contains("Hallo Nina, schöne Herbsttage!");
        assertThat(newsletter.header("List-Unsubscribe")).isNotNull();
        assertThat(Mailbox.awaitMessages(otherEmail, Duration.ofSeconds(2))).isEmpty();
        studio.asOwner().get("/campaigns").then().statusCode(200)
                .body("items[0].name", equalTo("Herbst"))
                .body("items[0].state", equalTo("SENT"))
                .body("items[0].queued", equalTo(1))
                .body("items[0].excluded", equalTo(1));
    }

    private static void wait(Browser browser, By element) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(element));
    }

    private static long client(TestTenant studio, String firstName, String email, String tag) {
        return studio.asOwner().body(("{\"firstName\": \"%s\", \"lastName\": \"Kunde\", \"email\": \"%s\","
                        + " \"preferredLanguage\": \"de\", \"tags\": [\"%s\"]}").formatted(firstName, email, tag))
                .post("/clients").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static List<Map<String, Object>> await(String email, int count) {
        Instant deadline = Instant.now().plusSeconds(20);
        List<Map<String, Object>> messages = Mailbox.messages(email);
        while (messages.size() < count && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            messages = Mailbox.messages(email);
        }
        assertThat(messages).as("mails to " + email).hasSize(count);
        return messages;
    }
}
