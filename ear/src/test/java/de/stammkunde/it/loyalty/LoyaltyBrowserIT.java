package de.stammkunde.it.loyalty;

import de.stammkunde.it.Browser;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Keycloak;
import de.stammkunde.it.TestPlatform;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The loyalty program in the console, in a real browser: the loyalty box of a client who paid and
 * confirmed a session, points added and deducted by hand (below zero only after a confirmation),
 * a code redeemed from the profile and at the counter, the ratio changed to 0,5, and a new reward
 * tier created after its live preview, which grants it to the client above its threshold.
 */
class LoyaltyBrowserIT extends DeployedPlatform {

    @Test
    void theLoyaltyBoxShowsThePointsAndStaffChangeThemByHandAndRedeemTheCode() throws Exception {
        LoyaltyProgram program = LoyaltyProgram.seeded("loyal-box");
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(program.studio.ownerEmail(), password);
        long anna = program.client("Anna", "Albers");
        long appointment = program.confirmed(anna, program.portrait, "2026-03-02T10:00");
        long invoice = program.paid(anna, 7500);
        String code = program.account(anna).getString("rewards[0].code");
        String console = TestPlatform.baseUrl() + "/app/" + program.studio.slug();

        try (Browser browser = new Browser()) {
            browser.open(console + "/client/" + anna);
            browser.signIn(program.studio.ownerEmail(), password);
            browser.waitForText(By.id("loyalty-balance"), "125");
            assertThat(text(browser, "loyalty-form:loyalty-next")).isEqualTo("noch 125 Punkte bis Gutschein 25 €");
            assertThat(text(browser, "loyalty-totals")).contains("Zahlungen: +75").contains("Termine: +50");
            assertThat(text(browser, "loyalty-form:ledger"))
                    .contains("Rechnung " + invoice + " bezahlt: 75,00 € × 1 Punkte pro Euro")
                    .contains("Termin Porträt bestätigt").contains("+75").contains("+50");
            WebElement ledger = browser.driver().findElement(By.id("loyalty-form:ledger"));
            assertThat(ledger.findElement(By.linkText("Rechnung " + invoice)).getAttribute("href"))
                    .isEqualTo(console + "/invoice/" + invoice);
            assertThat(ledger.findElement(By.linkText("Termin " + appointment)).getAttribute("href"))
                    .isEqualTo(console + "/calendar?day=2026-03-02");
            assertThat(text(browser, "loyalty-form:rewards")).contains("Promocode 10 €").contains(code)
                    .contains("10,00 €").contains("Aktiv");
            browser.screenshot("console-loyalty-box");

            fill(browser, "loyalty-form:manual-points", "30");
            browser.driver().findElement(By.id("loyalty-form:add-points")).click();
            browser.waitForText(By.id("loyalty-form"), "Bitte einen Grund angeben");
            assertThat(program.balance(anna)).as("nothing added without a reason").isEqualTo(125);
            fill(browser, "loyalty-form:manual-reason", "Treuebonus Fotobuch");
            browser.driver().findElement(By.id("loyalty-form:add-points")).click();
            awaitMessage(browser, "30 Punkte gutgeschrieben. Neuer Punktestand: 155.");
            assertThat(text(browser, "loyalty-balance")).isEqualTo("155");
            assertThat(firstLedgerRow(browser)).contains("Treuebonus Fotobuch").contains("+30").contains("Von Hand")
                    .contains("Test Owner");
            assertThat(program.balance(anna)).isEqualTo(155);

            fill(browser, "loyalty-form:manual-points", "200");
            fill(browser, "loyalty-form:manual-reason", "Korrektur Doppelbuchung");
            browser.driver().findElement(By.id("loyalty-form:deduct-points")).click();
            browser.waitForText(By.id("below-zero-warning"),
                    "Der Punktestand ist 155; 200 Punkte abzuziehen ergäbe −45.");
            assertThat(program.balance(anna)).as("nothing deducted before the confirmation").isEqualTo(155);
            browser.screenshot("console-loyalty-below-zero");
            browser.driver().findElement(By.id("loyalty-form:deduct-below-zero")).click();
            awaitMessage(browser, "200 Punkte abgezogen. Neuer Punktestand: -45.");
            assertThat(text(browser, "loyalty-balance")).isEqualTo("-45");
            assertThat(firstLedgerRow(browser)).contains("Korrektur Doppelbuchung").contains("−200");
            assertThat(browser.driver().findElements(By.id("loyalty-form:below-zero"))).isEmpty();
            assertThat(program.balance(anna)).isEqualTo(-45);

            browser.driver().findElement(By.id("loyalty-form:rewards:0:redeem")).click();
            clickable(browser, "profile-form:confirm-yes").click();
            awaitMessage(browser, "Der Code " + code + " (Promocode 10 €) wurde eingelöst.");
            assertThat(text(browser, "loyalty-form:rewards")).contains("Eingelöst").contains("Test Owner");
            assertThat(browser.driver().findElements(By.id("loyalty-form:rewards:0:redeem"))).isEmpty();

            ((JavascriptExecutor) browser.driver()).executeScript("PF('assignTier').selectValue(arguments[0]);",
                    String.valueOf(program.tiers.get(1000)));
            assertThat(text(browser, "loyalty-form:assign-tier_label")).isEqualTo("Gratis-Shooting (1000 Punkte)");
            fill(browser, "loyalty-form:assign-reason", "Hochzeitsgeschenk");
            browser.driver().findElement(By.id("loyalty-form:assign")).click();
            awaitMessage(browser, "Die Prämie „Gratis-Shooting“ wurde vergeben.");
            assertThat(text(browser, "loyalty-form:rewards")).contains("von Hand vergeben: Hochzeitsgeschenk");
            browser.screenshot("console-loyalty-box-after");
        }

        program.studio.asOwner().get("/reward-codes/" + code).then().statusCode(200)
                .body("state", equalTo("REDEEMED")).body("redeemedBy", equalTo("Test Owner"));
        assertThat(program.rewards(anna)).containsExactly("Gratis-Shooting", "Promocode 10 €");
        assertThat(program.ledger(anna)).extracting(entry -> entry.get("description"))
                .startsWith("Korrektur Doppelbuchung", "Treuebonus Fotobuch");
        program.reconciled();
    }

    @Test
    void theOwnerSetsTheRatioToOneHalfAndCreatesATierAfterItsLivePreview() throws Exception {
        LoyaltyProgram program = LoyaltyProgram.seeded("loyal-tiers");
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(program.studio.ownerEmail(), password);
        long ben = program.client("Ben", "Bauer");
        program.paid(ben, 20000);
        long carla = program.client("Carla", "Conrad");
        program.paid(carla, 12000);
        String code = program.account(ben).getString("rewards.find { it.rewardName == 'Promocode 10 €' }.code");
        String console = TestPlatform.baseUrl() + "/app/" + program.studio.slug();

        try (Browser browser = new Browser()) {
            browser.open(console + "/clients");
            browser.signIn(program.studio.ownerEmail(), password);
            browser.waitForText(By.id("clients-form:clients"), "Bauer, Ben");
            browser.driver().findElement(By.cssSelector("#menu-form a[href$='/loyalty']")).click();
            browser.waitForText(By.tagName("h1"), "Treueprogramm");
            assertThat(text(browser, "future-only")).contains("nur für künftige Zahlungen und Termine");
            assertThat(text(browser, "loyalty-settings-form:session-types")).contains("Porträt").contains("Familie");
            WebElement ratio = browser.driver().findElement(By.id("loyalty-settings-form:pointsPerEuro"));
            assertThat(ratio.getAttribute("value")).isEqualTo("1");

            fill(browser, "loyalty-settings-form:pointsPerEuro", "0,5,5");
            browser.driver().findElement(By.id("loyalty-settings-form:save")).click();
            browser.waitForText(By.id("loyalty-settings-form"), "Bitte eine Zahl von 0 bis 1000");
            fill(browser, "loyalty-settings-form:pointsPerEuro", "0,5");
            browser.driver().findElement(By.id("loyalty-settings-form:save")).click();
            browser.waitForText(By.id("loyalty-settings-form:messages"),
                    "Die Einstellungen des Treueprogramms wurden gespeichert.");
            assertThat(browser.driver().findElement(By.id("loyalty-settings-form:pointsPerEuro")).getAttribute("value"))
                    .isEqualTo("0,5");
            browser.screenshot("console-loyalty-settings");
            program.studio.asOwner().get("/loyalty/settings").then().statusCode(200)
                    .body("pointsPerEuro", equalTo(0.5f)).body("pointsPerEuroEnabled", equalTo(true));

            program.studio.asOwner().body("{\"enabled\": true}").put("/loyalty/settings").then().statusCode(200);
            browser.driver().findElement(By.id("loyalty-settings-form:save")).click();
            browser.waitForText(By.id("loyalty-settings-form:messages"), "inzwischen von jemand anderem geändert");
            browser.driver().findElement(By.id("loyalty-settings-form:reload")).click();
            browser.waitForTextGone(By.id("loyalty-settings-form:messages"), "inzwischen");
            browser.driver().findElement(By.id("loyalty-settings-form:save")).click();
            browser.waitForText(By.id("loyalty-settings-form:messages"), "gespeichert");

            browser.driver().findElement(By.id("rewards-link")).click();
            browser.waitForText(By.tagName("h1"), "Prämien");
            assertThat(text(browser, "tiers-form:tiers")).contains("Promocode 10 €").contains("Gratis-Shooting");

            fill(browser, "code-form:code", code.toLowerCase().replace("-", ""));
            browser.driver().findElement(By.id("code-form:check-code")).click();
            browser.waitForText(By.id("found-state"), "Aktiv");
            assertThat(text(browser, "code-form:found-client")).isEqualTo("Ben Bauer");
            assertThat(text(browser, "found-value")).isEqualTo("10,00 €");
            browser.driver().findElement(By.id("code-form:redeem-code")).click();
            clickable(browser, "confirm-form:confirm-yes").click();
            browser.waitForText(By.id("found-state"), "Eingelöst");
            assertThat(text(browser, "found-state")).contains("Test Owner");

            browser.driver().findElement(By.id("tiers-form:new-tier")).click();
            clickable(browser, "tier-form:name");
            click(browser, "tier-form:save");
            browser.waitForText(By.id("tier-form"), "Bitte einen Namen angeben");
            assertThat(text(browser, "tier-form")).contains("Bitte einen Wert angeben")
                    .contains("Bitte eine Schwelle von 1 bis 100.000.000 Punkten angeben");

            fill(browser, "tier-form:name", "Fotobuch 15 €");
            fill(browser, "tier-form:valueCents", "15,00");
            fill(browser, "tier-form:threshold", "1000");
            browser.waitForText(By.id("tier-form:preview-text"), "Wird beim Speichern sofort an 0 Kunden vergeben.");
            fill(browser, "tier-form:threshold", "150");
            browser.waitForText(By.id("tier-form:preview-text"), "Wird beim Speichern sofort an 1 Kunden vergeben.");
            browser.screenshot("console-reward-preview");
            click(browser, "tier-form:save");
            browser.waitForText(By.id("grant-warning"), "Beim Speichern wird die Prämie sofort an 1 Kunden vergeben");
            assertThat(program.rewards(ben)).as("nothing granted before the confirmation")
                    .doesNotContain("Fotobuch 15 €");
            click(browser, "tier-form:confirm-grant");
            browser.waitForText(By.id("messages"),
                    "Die Prämie „Fotobuch 15 €“ wurde gespeichert; bisher an 1 Kunden vergeben.");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("tier-dialog")));
            assertThat(text(browser, "tiers-form:tiers")).contains("Fotobuch 15 €").contains("15,00 €");
            browser.screenshot("console-rewards");
        }

        assertThat(program.rewards(ben)).contains("Fotobuch 15 €");
        assertThat(program.rewards(carla)).doesNotContain("Fotobuch 15 €");
        program.studio.asOwner().get("/reward-codes/" + code).then().statusCode(200)
                .body("state", equalTo("REDEEMED"));
    }

    private static String text(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText().replace('\u00a0', ' ');
    }

    /** Waits for the loyalty box's message; tells what the box shows instead when it does not come. */
    private static void awaitMessage(Browser browser, String message) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .withMessage(() -> "the message \"" + message + "\"; the loyalty box shows: "
                        + browser.driver().findElements(By.id("loyalty-form")).stream().map(WebElement::getText)
                        .findFirst().orElse("(nothing: " + browser.driver().getTitle() + ")"))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("loyalty-form:loyalty-messages"),
                        message));
    }

    private static String firstLedgerRow(Browser browser) {
        return browser.driver().findElement(By.cssSelector("#loyalty-form\\:ledger tbody tr")).getText()
                .replace('\u00a0', ' ');
    }

    private static void fill(Browser browser, String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Clicks an element of the dialog, whose content scrolls when it is taller than the window. */
    private static void click(Browser browser, String id) {
        WebElement element = browser.driver().findElement(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                element);
        clickable(browser, By.id(id)).click();
    }

    private static WebElement clickable(Browser browser, String id) {
        return clickable(browser, By.id(id));
    }

    private static WebElement clickable(Browser browser, By element) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(element));
    }
}
