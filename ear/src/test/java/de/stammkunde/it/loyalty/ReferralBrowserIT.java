package de.stammkunde.it.loyalty;

import de.stammkunde.it.Browser;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Keycloak;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.TestPlatform;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Referrals in the console, in a real browser: the owner switches the program on with custom
 * points (a stale form is not saved over someone else's change), Paul's profile shows his code
 * and link, Sophie is added as his referred friend, a self-referral and a second referrer are
 * refused with a message and change nothing, Sophie's first confirmed session settles the
 * referral on Paul's profile, the ledger downloads as CSV, and Paul gets a pseudonymous code.
 * Staff add referred friends too, but do not reach the referral settings.
 */
class ReferralBrowserIT extends DeployedPlatform {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void staffRunReferralsFromTheConsole() throws Exception {
        LoyaltyProgram program = LoyaltyProgram.seeded("ref-ui");
        program.studio.asOwner().body("{\"enabled\": false}").put("/referral/settings").then().statusCode(200);
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(program.studio.ownerEmail(), password);
        String paulEmail = LoyaltyProgram.address("paul");
        long paul = program.client("Paul", "Martin", paulEmail);
        long sophie = program.client("Sophie", "Weber", LoyaltyProgram.address("sophie"));
        long otto = program.client("Otto", "Olsen");
        String console = TestPlatform.baseUrl() + "/app/" + program.studio.slug();

        try (Browser browser = new Browser()) {
            browser.open(console + "/loyalty");
            browser.signIn(program.studio.ownerEmail(), password);
            browser.waitForText(By.id("referral-settings"), "Empfehlungen");
            assertThat(browser.driver().findElement(By.id("referral-settings-form:enabled_input")).isSelected())
                    .isFalse();
            fillSettings(browser, "40", "15", "0");
            click(browser, "referral-settings-form:save");
            browser.waitForText(By.id("referral-settings-form"), "Bitte leer lassen (keine Grenze)");
            program.studio.asOwner().get("/referral/settings").then().body("enabled", equalTo(false));

            program.studio.asOwner().body("{\"monthlyCap\": 5}").put("/referral/settings").then().statusCode(200);
            fill(browser, "referral-settings-form:monthlyCap", "");
            click(browser, "referral-settings-form:save");
            browser.waitForText(By.id("referral-settings-form:messages"), "inzwischen von jemand anderem geändert");
            program.studio.asOwner().get("/referral/settings").then().body("enabled", equalTo(false))
                    .body("monthlyCap", equalTo(5));
            click(browser, "referral-settings-form:reload");
            browser.waitForTextGone(By.id("referral-settings-form:messages"), "inzwischen");
            assertThat(value(browser, "referral-settings-form:monthlyCap")).isEqualTo("5");

            fillSettings(browser, "40", "15", "");
            click(browser, "referral-settings-form:save");
            browser.waitForText(By.id("referral-settings-form:messages"),
                    "Die Einstellungen der Empfehlungen wurden gespeichert.");
            scrollTo(browser, "referral-settings");
            browser.screenshot("console-referral-settings");
            program.studio.asOwner().get("/referral/settings").then().statusCode(200)
                    .body("enabled", equalTo(true)).body("referrerPoints", equalTo(40))
                    .body("welcomePoints", equalTo(15)).body("monthlyCap", nullValue())
                    .body("codeStyle", equalTo("NAME"));

            browser.open(console + "/client/" + paul);
            browser.waitForText(By.id("referral-code"), "PAUL-MARTIN");
            String link = program.studio.asOwner().get("/clients/" + paul + "/referral-code").then().statusCode(200)
                    .extract().jsonPath().getString("link");
            assertThat(link).endsWith("/book/" + program.studio.slug() + "?ref=PAUL-MARTIN");
            assertThat(value(browser, "referral-form:referral-link")).isEqualTo(link);
            assertThat(text(browser, "referral-form:referred-by")).contains("Von niemandem empfohlen.");
            assertThat(text(browser, "referral-form:friends")).contains("Noch niemanden empfohlen.");

            addFriend(browser, "Sophie", "Sophie Weber");
            browser.waitForText(By.id("referral-form:referral-messages"),
                    "Sophie Weber wurde als empfohlene Person eingetragen.");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("friend-dialog")));
            browser.waitForText(By.id("referral-form:friends"), "Sophie Weber");
            assertThat(text(browser, "referral-form:friends")).contains("Von Hand eingetragen")
                    .contains("Registriert – wartet auf den ersten bestätigten Termin");
            assertThat(browser.driver().findElement(By.cssSelector("#referral-form\\:friends a.friend-link"))
                    .getAttribute("href")).isEqualTo(console + "/client/" + sophie);

            addFriend(browser, "Paul", "Paul Martin");
            browser.waitForText(By.id("friend-form:friend-messages"), "Niemand kann sich selbst empfehlen");
            browser.screenshot("console-referral-self");
            click(browser, "friend-form:cancel-friend");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("friend-dialog")));

            browser.open(console + "/client/" + otto);
            browser.waitForText(By.id("referral-code"), "OTTO-OLSEN");
            addFriend(browser, "Sophie", "Sophie Weber");
            browser.waitForText(By.id("friend-form:friend-messages"), "bereits von jemandem empfohlen");
            click(browser, "friend-form:cancel-friend");
            assertThat(text(browser, "referral-form:friends")).contains("Noch niemanden empfohlen.");

            program.studio.asOwner().get("/clients/" + paul + "/referrals").then().statusCode(200)
                    .body("size()", equalTo(1)).body("[0].referredId", equalTo((int) sophie))
                    .body("[0].source", equalTo("STAFF")).body("[0].createdBy", equalTo("Test Owner"));
            program.studio.asOwner().get("/clients/" + otto + "/referrals").then().body("size()", equalTo(0));
            program.studio.asOwner().get("/clients/" + sophie + "/referrals").then()
                    .body("size()", equalTo(1)).body("[0].referrerId", equalTo((int) paul));

            program.confirmed(sophie, program.portrait, LocalDate.now(BERLIN).plusDays(3) + "T10:00");
            assertThat(program.balance(paul)).isEqualTo(40);

            browser.open(console + "/client/" + paul);
            browser.waitForText(By.id("loyalty-balance"), "40");
            browser.waitForText(By.id("referral-form:friends"), "Punkte vergeben");
            assertThat(text(browser, "referral-form:friends")).contains("Sophie Weber").contains("+40");
            assertThat(text(browser, "loyalty-totals")).contains("Empfehlungen: +40");
            assertThat(browser.driver().findElement(By.id("loyalty-form:ledger"))
                    .findElement(By.linkText("Empfehlung: Sophie Weber")).getAttribute("href"))
                    .isEqualTo(console + "/client/" + sophie);
            scrollTo(browser, "referrals");
            browser.screenshot("console-referrals");

            String csvLink = browser.driver().findElement(By.cssSelector("[id='loyalty-form:ledger-csv'] a"))
                    .getAttribute("href");
            assertThat(csvLink).isEqualTo(console + "/ledger-csv/" + paul);
            Response csv = RestAssured.given().cookies(cookies(browser)).redirects().follow(false).get(csvLink);
            csv.then().statusCode(200);
            assertThat(csv.getContentType()).startsWith("text/csv");
            assertThat(csv.getHeader("Content-Disposition")).contains("ledger-" + paul + ".csv");
            String[] lines = csv.asString().split("\r\n");
            assertThat(lines[0]).isEqualTo("id,createdAt,points,source,kind,linkedType,linkedId,reverses,description,"
                    + "actor");
            assertThat(lines).hasSize(2);
            assertThat(lines[1]).contains(",40,REFERRAL,").contains("Sophie Weber");

            browser.open(console + "/client/" + sophie);
            browser.waitForText(By.id("referral-form:referred-by"), "Empfohlen von Paul Martin");
            assertThat(text(browser, "referral-form:referred-by")).contains("Willkommenspunkte: +15");
            assertThat(browser.driver().findElement(By.id("referral-form:referrer-link")).getAttribute("href"))
                    .isEqualTo(console + "/client/" + paul);
            assertThat(text(browser, "loyalty-form:ledger")).contains("Willkommen").contains("+15")
                    .contains("Empfehlung: Paul Martin");

            browser.open(console + "/client/" + paul);
            browser.waitForText(By.id("referral-code"), "PAUL-MARTIN");
            click(browser, "referral-form:pseudonym");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(By.id("profile-form:confirm-yes"))).click();
            browser.waitForText(By.id("referral-form:referral-messages"), "Neuer Empfehlungscode");
            browser.waitForTextGone(By.id("referral-code"), "PAUL-MARTIN");
            String pseudonym = text(browser, "referral-code");
            assertThat(pseudonym).matches("[A-Z0-9]{3}-[A-Z0-9]{3}");
            assertThat(value(browser, "referral-form:referral-link")).endsWith("?ref=" + pseudonym);

            browser.driver().findElement(By.id("language")).click();
            browser.waitForText(By.id("referral-form"), "Referral code");
            assertThat(text(browser, "referral-form")).contains("Add referred friend").contains("Points awarded")
                    .contains(pseudonym);
            assertThat(text(browser, "loyalty-form")).contains("Ledger as CSV").contains("Referral: Sophie Weber");
            scrollTo(browser, "referrals");
            browser.screenshot("console-referrals-en");
        }

        program.studio.asOwner().get("/referral-codes/PAUL-MARTIN").then().statusCode(404);
        program.studio.asOwner().get("/clients/" + paul + "/referrals").then()
                .body("[0].outcome", equalTo("REWARDED")).body("[0].referrerPoints", equalTo(40))
                .body("[0].welcomePoints", equalTo(15));
        assertThat(program.balance(sophie)).as("15 welcome + 50 session").isEqualTo(65);
        program.reconciled();
    }

    @Test
    void staffAddAReferredFriendButNeitherChangePointsNorTheReferralSettings() throws Exception {
        LoyaltyProgram program = LoyaltyProgram.seeded("ref-staff");
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(program.studio.ownerEmail(), password);
        long lena = program.client("Lena", "Lang");
        long mia = program.client("Mia", "Meyer");
        String console = TestPlatform.baseUrl() + "/app/" + program.studio.slug();

        Tenants.setRole(program.studio, "STAFF");
        try (Browser browser = new Browser()) {
            browser.open(console + "/client/" + lena);
            browser.signIn(program.studio.ownerEmail(), password);
            browser.waitForText(By.id("referral-code"), "LENA-LANG");
            assertThat(browser.driver().findElements(By.id("loyalty-form:manual-points"))).isEmpty();
            addFriend(browser, "Meyer", "Mia Meyer");
            browser.waitForText(By.id("referral-form:referral-messages"),
                    "Mia Meyer wurde als empfohlene Person eingetragen.");
            browser.waitForText(By.id("referral-form:friends"), "Mia Meyer");

            browser.open(console + "/loyalty");
            browser.waitForText(By.tagName("body"), "Das hat nicht geklappt");
            assertThat(browser.driver().findElements(By.id("referral-settings-form"))).isEmpty();
        } finally {
            Tenants.setRole(program.studio, "OWNER");
        }
        program.studio.asOwner().get("/clients/" + mia + "/referrals").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].referrerId", equalTo((int) lena))
                .body("[0].source", equalTo("STAFF"));
    }

    private static void fillSettings(Browser browser, String referrerPoints, String welcomePoints, String cap) {
        if (!browser.driver().findElement(By.id("referral-settings-form:enabled_input")).isSelected()) {
            browser.driver().findElement(By.cssSelector("#referral-settings-form\\:enabled .ui-toggleswitch-slider"))
                    .click();
        }
        fill(browser, "referral-settings-form:referrerPoints", referrerPoints);
        fill(browser, "referral-settings-form:welcomePoints", welcomePoints);
        fill(browser, "referral-settings-form:monthlyCap", cap);
    }

    /** Opens the dialog, searches the client and chooses the suggestion, then adds them. */
    private static void addFriend(Browser browser, String search, String name) {
        click(browser, "referral-form:add-friend");
        WebElement input = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.id("friend-form:friend_input")));
        input.sendKeys(search);
        By suggestion = By.xpath("//li[contains(@class, 'ui-autocomplete-item') and contains(., '" + name + "')]");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(suggestion)).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("friend-form:friend_input")).getAttribute("value").contains(name));
        click(browser, "friend-form:save-friend");
    }

    private static void scrollTo(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                browser.driver().findElement(By.id(id)));
    }

    private static Map<String, String> cookies(Browser browser) {
        return browser.driver().manage().getCookies().stream()
                .collect(Collectors.toMap(Cookie::getName, Cookie::getValue, (a, b) -> a));
    }

    private static String text(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText().replace('\u00a0', ' ');
    }

    private static String value(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    private static void fill(Browser browser, String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        if (!value.isEmpty()) {
            field.sendKeys(value);
        }
    }

    private static void click(Browser browser, String id) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }
}
