package de.stammkunde.it.loyalty;

import de.stammkunde.it.Browser;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Keycloak;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.TestPlatform;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recalculation page in a real browser: the owner previews twelve months of Thomas's history
 * (8 sessions and 2,400 € paid before the program was on, half of it within the year), starts the
 * run after a confirmation and watches it end by itself; a second run adds nothing; the reset of
 * the automatic points works only once the confirmation word is typed and keeps a manual entry.
 * Managers may use the page too, other staff may not.
 */
class RecalculationBrowserIT extends DeployedPlatform {

    @Test
    void theOwnerPreviewsRunsAndResetsThePointsOfThomassHistory() throws Exception {
        LoyaltyProgram program = LoyaltyProgram.seeded("recalc-ui");
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(program.studio.ownerEmail(), password);
        long thomas = program.thomasWithoutPoints();
        assertThat(program.balance(thomas)).as("the program was off").isZero();
        String console = TestPlatform.baseUrl() + "/app/" + program.studio.slug();

        try (Browser browser = new Browser()) {
            browser.open(console + "/loyalty");
            browser.signIn(program.studio.ownerEmail(), password);
            browser.waitForText(By.tagName("h1"), "Treueprogramm");
            browser.driver().findElement(By.id("recalculation-link")).click();
            browser.waitForText(By.tagName("h1"), "Punkte neu berechnen");
            assertThat(text(browser, "recalc-form:runs")).contains("Noch keine Neuberechnung.");
            assertThat(text(browser, "reset-removes")).contains("Zahlungen und Termine");
            assertThat(text(browser, "reset-keeps")).contains("von Hand").contains("Empfehlungen")
                    .contains("Willkommenspunkte").contains("Prämien");

            choosePeriod(browser, 3);
            browser.driver().findElement(By.id("recalc-form:preview")).click();
            browser.waitForText(By.id("preview-totals"), "Gesamter Zeitraum");
            assertThat(text(browser, "preview-totals")).contains("8 Zahlungen und 8 Termine")
                    .contains("2.800 Punkte für 1 Kunden");

            choosePeriod(browser, 2);
            browser.driver().findElement(By.id("recalc-form:preview")).click();
            browser.waitForText(By.id("preview-totals"), "Letzte 12 Monate");
            assertThat(text(browser, "preview-totals")).contains("4 Zahlungen und 4 Termine")
                    .contains("1.400 Punkte für 1 Kunden");
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#recalc-form\\:preview-clients tbody tr"));
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).findElement(By.cssSelector(".preview-client")).getText()).contains("Thomas Treu");
            assertThat(rows.get(0).findElement(By.cssSelector(".preview-points")).getText()).contains("+1400");
            assertThat(rows.get(0).findElement(By.cssSelector(".preview-rewards")).getText().replace('\u00a0', ' '))
                    .contains("Promocode 10 €, Gutschein 25 €, Promocode 50 €, Gratis-Shooting");
            assertThat(program.balance(thomas)).as("a preview writes nothing").isZero();
            browser.screenshot("console-recalculation-preview");

            click(browser, "recalc-form:start");
            click(browser, "recalc-form:confirm-yes");
            awaitRunsDone(browser, 1);
            assertThat(text(browser, "run-state")).isEqualTo("Abgeschlossen");
            assertThat(text(browser, "run-period")).isEqualTo("Letzte 12 Monate");
            assertThat(text(browser, "run-payments")).isEqualTo("4");
            assertThat(text(browser, "run-sessions")).isEqualTo("4");
            assertThat(text(browser, "run-points")).isEqualTo("1400");
            assertThat(text(browser, "run-clients")).isEqualTo("1");
            assertThat(text(browser, "run-rewards")).isEqualTo("4");
            browser.waitForText(By.id("messages"),
                    "Die Neuberechnung ist abgeschlossen: 1.400 Punkte für 1 Kunden, 4 Prämien freigeschaltet.");
            assertThat(text(browser, "recalc-form:runs")).contains("Abgeschlossen").contains("Letzte 12 Monate")
                    .contains("Test Owner");
            assertThat(browser.driver().findElements(By.id("preview-totals"))).as("the outdated preview is gone")
                    .isEmpty();
            assertThat(clickable(browser, "recalc-form:start").isEnabled()).as("the next run may start").isTrue();
            browser.screenshot("console-recalculation-done");
            assertThat(program.balance(thomas)).isEqualTo(1400);
            assertThat(program.rewards(thomas)).hasSize(4);

            click(browser, "recalc-form:start");
            click(browser, "recalc-form:confirm-yes");
            awaitRunsDone(browser, 2);
            assertThat(text(browser, "run-points")).as("a second run adds nothing").isEqualTo("0");
            assertThat(text(browser, "run-payments")).isEqualTo("0");
            assertThat(program.balance(thomas)).isEqualTo(1400);

            program.studio.asOwner().body("{\"points\": 50, \"reason\": \"Treue\"}")
                    .post("/clients/" + thomas + "/loyalty/entries").then().statusCode(201);
            browser.driver().findElement(By.id("reset-section:open-reset")).click();
            WebElement word = clickable(browser, "reset-form:word");
            assertThat(text(browser, "reset-warning")).contains("lässt sich nicht rückgängig machen");
            assertThat(text(browser, "reset-form")).contains("ZURÜCKSETZEN");
            assertThat(browser.driver().findElement(By.id("reset-form:reset")).isEnabled())
                    .as("no reset without the confirmation word").isFalse();
            word.sendKeys("ZURÜCKSETZEN");
            clickable(browser, "reset-form:reset");
            browser.driver().findElement(By.id("reset-form:word")).sendKeys("N");
            awaitDisabled(browser, "reset-form:reset");
            assertThat(program.balance(thomas)).as("nothing removed before the confirmation").isEqualTo(1450);
            browser.driver().findElement(By.id("reset-form:word")).sendKeys(Keys.BACK_SPACE);
            clickable(browser, "reset-form:reset").click();
            browser.waitForText(By.id("reset-section:reset-report"),
                    "8 Einträge zurückgenommen: 1.400 Punkte bei 1 Kunden entfernt.");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("reset-dialog")));
            browser.screenshot("console-recalculation-reset");
        }

        assertThat(program.balance(thomas)).as("the manual points stay").isEqualTo(50);
        assertThat(program.rewards(thomas)).as("the rewards stay").hasSize(4);
        List<Map<String, Object>> ledger = program.ledger(thomas);
        assertThat(ledger).filteredOn(entry -> "MANUAL".equals(entry.get("source")))
                .singleElement().satisfies(entry -> assertThat(entry).containsEntry("description", "Treue")
                        .containsEntry("points", 50));
        assertThat(ledger).filteredOn(entry -> "REVERSAL".equals(entry.get("source"))).hasSize(8);
        assertThat(ledger.stream().filter(entry -> !"MANUAL".equals(entry.get("source")))
                .mapToInt(entry -> ((Number) entry.get("points")).intValue()).sum())
                .as("the automatic points are gone").isZero();
        program.reconciled();

        Tenants.setRole(program.studio, "MANAGER");
        try (Browser browser = new Browser()) {
            browser.open(console + "/recalculation");
            browser.signIn(program.studio.ownerEmail(), password);
            browser.waitForText(By.tagName("h1"), "Punkte neu berechnen");
            Tenants.setRole(program.studio, "STAFF");
            browser.open(console + "/recalculation");
            browser.waitForText(By.tagName("body"), "Das hat nicht geklappt");
            assertThat(browser.driver().findElements(By.id("recalc-form"))).as("staff cannot recalculate").isEmpty();
        } finally {
            Tenants.setRole(program.studio, "OWNER");
        }
    }

    /** Picks the period by its label: 0 → 3 months, 1 → 6, 2 → 12, 3 → all time. */
    private static void choosePeriod(Browser browser, int index) {
        clickable(browser, By.cssSelector("label[for='recalc-form:period:" + index + "']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.elementSelectionStateToBe(By.id("recalc-form:period:" + index), true));
    }

    /**
     * Waits until the page lists {@code count} runs, none of them queued or running; the progress
     * is polled, so the table is looked up anew each time.
     */
    private static void awaitRuns(Browser browser, int count, Duration timeout) {
        new WebDriverWait(browser.driver(), timeout)
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "the runs to end; the page shows: " + browser.driver()
                        .findElements(By.id("recalc-form")).stream().map(WebElement::getText).findFirst().orElse(""))
                .until(driver -> {
                    List<WebElement> states = driver.findElements(By.cssSelector("#recalc-form\\:runs td.run-state"));
                    return states.size() == count && states.stream().map(WebElement::getText)
                            .allMatch(state -> state.contains("Abgeschlossen"))
                            && !polling(driver);
                });
    }

    private static void awaitRunsDone(Browser browser, int count) {
        awaitRuns(browser, count, Duration.ofSeconds(60));
        browser.waitForText(By.id("run-state"), "Abgeschlossen");
    }

    private static boolean polling(WebDriver driver) {
        return driver.findElements(By.id("run-state")).stream().map(WebElement::getText)
                .anyMatch(state -> state.contains("Wartet") || state.contains("Läuft"));
    }

    private static void awaitDisabled(Browser browser, String id) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> !driver.findElement(By.id(id)).isEnabled());
    }

    /** The element's text; looked up again when a last poll replaced it meanwhile. */
    private static String text(Browser browser, String id) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.id(id)).getText().replace('\u00a0', ' '));
    }

    /** Clicks the element, looking it up again when a last poll replaced it meanwhile. */
    private static void click(Browser browser, String id) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    clickable(browser, id).click();
                    return true;
                });
    }

    private static WebElement clickable(Browser browser, String id) {
        return clickable(browser, By.id(id));
    }

    private static WebElement clickable(Browser browser, By element) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.elementToBeClickable(element));
    }
}
