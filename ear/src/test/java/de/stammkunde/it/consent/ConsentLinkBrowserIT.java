package de.stammkunde.it.consent;

import de.stammkunde.it.Browser;
import de.stammkunde.it.BrowserSession;
import de.stammkunde.it.Database;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.TestPlatform;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import de.stammkunde.shared.link.SignedLink;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** A client answers the consent form behind a signed link, without an account; bad links are refused. */
class ConsentLinkBrowserIT extends DeployedPlatform {

    @Test
    void aClientAnswersThroughTheSignedLinkAndTheAnswersAreProven() throws Exception {
        TestTenant studio = Tenants.provision("consent-link");
        long id = studio.asOwner().body("{\"firstName\": \"Linda\", \"lastName\": \"Link\","
                + " \"email\": \"linda@example.org\"}").post("/clients").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String url = studio.asOwner().body("{\"channel\": \"email\", \"validDays\": 7}")
                .post("/clients/" + id + "/consents/link").then().statusCode(201)
                .body("channel", equalTo("email"))
                .extract().path("url");
        assertThat(url).startsWith(TestPlatform.baseUrl() + "/consent/");

        try (Browser browser = new Browser()) {
            browser.open(url);
            browser.waitForText(By.tagName("h1"), "Ihre Einwilligungen");
            assertThat(browser.driver().findElement(By.tagName("body")).getText())
                    .contains("Hallo Linda").contains("Ich willige ein");
            browser.driver().findElement(By.cssSelector(".answer-data-processing-ANY .ui-radiobutton-box")).click();
            browser.driver().findElement(By.cssSelector(".answer-marketing-EMAIL .ui-radiobutton-box")).click();
            browser.screenshot("public-consent-form");
            browser.driver().findElement(By.id("consent:submit")).click();
            browser.waitForText(By.tagName("h1"), "Vielen Dank");
        }

        studio.asOwner().get("/clients/" + id + "/consents/trail").then().statusCode(200)
                .body("$", hasSize(2))
                .body("find { it.purpose == 'data-processing' }.state", equalTo("GIVEN"))
                .body("find { it.purpose == 'data-processing' }.source", equalTo("EMAIL_FORM"))
                .body("find { it.purpose == 'data-processing' }.actorKind", equalTo("CLIENT"))
                .body("find { it.purpose == 'data-processing' }.ip", notNullValue())
                .body("find { it.purpose == 'data-processing' }.userAgent", containsString("Chrome"))
                .body("find { it.purpose == 'data-processing' }.textVersion", equalTo(1))
                .body("find { it.purpose == 'marketing' }.state", equalTo("UNCONFIRMED"));

        BrowserSession anonymous = new BrowserSession();
        int at = url.length() - 5;
        HttpResponse<String> tampered = anonymous.get(url.substring(0, at) + (url.charAt(at) == 'A' ? 'B' : 'A')
                + url.substring(at + 1));
        assertThat(tampered.statusCode()).isEqualTo(400);
        assertThat(tampered.body()).contains("Dieser Link ist ungültig").doesNotContain("Linda");

        String expired = new SignedLink("consent", studio.slug(), id, "email", Instant.now().minusSeconds(60))
                .sign(linkKey(studio));
        HttpResponse<String> old = anonymous.get(TestPlatform.baseUrl() + "/consent/" + expired);
        assertThat(old.statusCode()).isEqualTo(410);
        assertThat(old.body()).contains("Dieser Link ist abgelaufen").doesNotContain("Linda");

        HttpResponse<String> garbage = anonymous.get(TestPlatform.baseUrl() + "/consent/not-a-token");
        assertThat(garbage.statusCode()).isEqualTo(400);
        studio.asOwner().get("/clients/" + id + "/consents/trail").then().body("$", hasSize(2));
        studio.asOwner().body("{\"channel\": \"pigeon\", \"validDays\": 99}")
                .post("/clients/" + id + "/consents/link").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("channel", "validDays"));
    }

    private static byte[] linkKey(TestTenant tenant) throws Exception {
        try (Connection connection = Database.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select secret from " + tenant.schema()
                     + ".link_key")) {
            assertThat(row.next()).isTrue();
            return row.getBytes(1);
        }
    }
}
