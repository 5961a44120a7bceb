package de.stammkunde.it.console;

import de.stammkunde.it.Browser;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Keycloak;
import de.stammkunde.it.TestPlatform;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Import, filters and duplicates in the console, in a real browser. */
class ClientImportBrowserIT extends DeployedPlatform {

    @Test
    void aFileWithABadRowIsReportedAndAGoodOneImportedAfterConfirmation() throws Exception {
        TestTenant studio = Tenants.provision("import-ui");
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(studio.ownerEmail(), password);
        Path folder = Files.createDirectories(Path.of(System.getProperty("it.screenshots", "target/screenshots")).toAbsolutePath().getParent().resolve("import-files"));
        Path bad = Files.writeString(folder.resolve("kunden-fehler.csv"), "Vorname;Nachname;E-Mail\n"
                + "Paula;Probe;paula@example.org\n"
                + "Peter;Probe;peter-at-example.org\n", StandardCharsets.UTF_8);
        Path good = Files.writeString(folder.resolve("kunden.csv"), "Vorname;Nachname;E-Mail;Schlagwörter\n"
                + "Paula;Probe;paula@example.org;Import-UI\n"
                + "Jürgen;Größe-Probe;juergen@example.org;Import-UI\n", StandardCharsets.UTF_8);

        try (Browser browser = new Browser()) {
            browser.open(TestPlatform.baseUrl() + "/app/" + studio.slug() + "/import");
            browser.signIn(studio.ownerEmail(), password);
            browser.waitForText(By.tagName("h1"), "Kunden aus CSV importieren");

            upload(browser, bad);
            browser.waitForText(By.id("file-name"), "kunden-fehler.csv");
            browser.driver().findElement(By.id("import-form:dry-run")).click();
            browser.waitForText(By.id("report-summary"), "2 Zeilen: 1 in Ordnung, 1 fehlerhaft");
            String report = browser.driver().findElement(By.id("import-form:problems")).getText();
            assertThat(report).contains("3").contains("E-Mail").contains("not a valid email address");
            assertThat(browser.driver().findElements(By.id("import-form:start"))).isEmpty();
            browser.screenshot("console-import-dry-run");
            studio.asOwner().get("/clients?q=Probe").then().body("total", equalTo(0));

            upload(browser, good);
            browser.waitForText(By.id("file-name"), "kunden.csv");
            browser.driver().findElement(By.id("import-form:dry-run")).click();
            try {
                browser.waitForText(By.id("report-summary"), "2 Zeilen: 2 in Ordnung, 0 fehlerhaft");
            } catch (org.openqa.selenium.TimeoutException e) {
                browser.screenshot("debug-dry-run");
                System.out.println("PAGE AFTER DRY RUN: " + browser.driver().getPageSource());
                throw e;
            }
            browser.driver().findElement(By.id("import-form:start")).click();
            browser.waitForText(By.cssSelector(".ui-confirm-dialog"), "Fortfahren?");
            browser.driver().findElement(By.id("import-form:confirm-yes")).click();
            browser.waitForText(By.id("run-status"), "Import abgeschlossen");
            assertThat(browser.driver().findElement(By.id("import-form:messages")).getText())
                    .contains("2 Kunden wurden importiert");
            browser.screenshot("console-import-done");

            browser.driver().findElement(By.id("import-form:to-clients")).click();
            browser.waitForText(By.id("clients-form:clients"), "Probe, Paula");
            assertThat(browser.driver().findElement(By.id("clients-form:clients")).getText())
                    .contains("Größe-Probe, Jürgen");
            studio.asOwner().get("/clients?tag=Import-UI").then().body("total", equalTo(2));
        }
    }

    @Test
    void aDuplicateLinksToTheExistingClientAndTheListFiltersByTag() throws Exception {
        TestTenant studio = Tenants.provision("dup-ui");
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(studio.ownerEmail(), password);
        long existing = studio.asOwner().body("{\"firstName\": \"Erika\", \"lastName\": \"Erste\","
                + " \"email\": \"erika@example.org\", \"tags\": [\"Stamm\"]}")
                .post("/clients").then().statusCode(201).extract().jsonPath().getLong("id");
        studio.asOwner().body("{\"firstName\": \"Olga\", \"lastName\": \"Ohne\"}").post("/clients").then().statusCode(201);

        try (Browser browser = new Browser()) {
            browser.open(TestPlatform.baseUrl() + "/app/" + studio.slug() + "/client");
            browser.signIn(studio.ownerEmail(), password);
            browser.waitForText(By.id("profile-title"), "");
            browser.driver().findElement(By.id("profile-form:firstName")).sendKeys("Erika");
            browser.driver().findElement(By.id("profile-form:lastName")).sendKeys("Zweite-Größe");
            browser.driver().findElement(By.id("profile-form:email")).sendKeys("ERIKA@example.org");
            browser.driver().findElement(By.id("profile-form:save")).click();
            browser.waitForText(By.id("profile-form:duplicate"), "Erika Erste");
            browser.screenshot("console-client-duplicate");
            var email = browser.driver().findElement(By.id("profile-form:email"));
            email.clear();
            email.sendKeys("erika.zweite@example.org");
            browser.driver().findElement(By.id("profile-form:save")).click();
            browser.waitForText(By.id("profile-title"), "Erika Zweite-Größe");
            assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("Kunde angelegt");
            studio.asOwner().get("/clients?q=erika.zweite@example.org").then()
                    .body("total", equalTo(1)).body("items[0].lastName", equalTo("Zweite-Größe"));

            browser.open(TestPlatform.baseUrl() + "/app/" + studio.slug() + "/client");
            browser.driver().findElement(By.id("profile-form:firstName")).sendKeys("Erika");
            browser.driver().findElement(By.id("profile-form:lastName")).sendKeys("Dritte");
            browser.driver().findElement(By.id("profile-form:email")).sendKeys("erika@example.org");
            browser.driver().findElement(By.id("profile-form:save")).click();
            browser.waitForText(By.id("profile-form:duplicate"), "Erika Erste");
            browser.driver().findElement(By.id("profile-form:duplicate-link")).click();
            browser.waitForText(By.id("profile-title"), "Erika Erste");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/client/" + existing);

            browser.open(TestPlatform.baseUrl() + "/app/" + studio.slug() + "/clients");
            browser.waitForText(By.id("clients-form:clients"), "Ohne, Olga");
            org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(
                    browser.driver(), java.time.Duration.ofSeconds(20));
            // PrimeFaces' widget API chooses the tag (no change event), then the search button sends all filters
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("PF('tagFilter').selectValue('Stamm');");
            browser.driver().findElement(By.id("clients-form:search-button")).click();
            try {
                wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
                    String table = driver.findElement(By.id("clients-form:clients")).getText();
                    return table.contains("Erste, Erika") && !table.contains("Ohne, Olga");
                });
            } catch (org.openqa.selenium.TimeoutException e) {
                browser.screenshot("debug-tag-filter");
                System.out.println("PAGE AFTER TAG FILTER: " + browser.driver().getPageSource());
                throw e;
            }
        }
    }

    private static void upload(Browser browser, Path file) throws Exception {
        browser.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        try {
            browser.waitForText(By.id("file-name"), file.getFileName().toString());
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("debug-upload");
            System.out.println("PAGE AFTER UPLOAD: " + browser.driver().getPageSource());
            throw e;
        }
    }
}
