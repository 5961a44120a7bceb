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
            browser.waitForTextGone(By.id("clients-form:clients"), "Müller");
            assertThat(browser.driver().findElement(By.id("clients-form:clients")).getText())
                    .contains("Dupont, Marie").doesNotContain("Müller").doesNotContain("Zimmer");

            browser.open(TestPlatform.baseUrl() + "/app/" + studio.slug() + "/dashboard");
            browser.waitForText(By.id("client-count"), "3");
            assertThat(browser.driver().findElement(By.id("new-this-month")).getText()).isEqualTo("3");
            assertThat(browser.driver().findElements(By.cssSelector("canvas"))).isNotEmpty();
            browser.screenshot("console-dashboard-de");
            browser.open(TestPlatform.baseUrl() + "/app/" + studio.slug() + "/clients");
            browser.waitForText(By.id("clients-form:clients"), "Dupont, Marie");

            browser.driver().findElement(By.id("language")).click();
            browser.waitForText(By.tagName("h1"), "Clients");
            assertThat(browser.driver().getCurrentUrl()).contains("/app/" + studio.slug() + "/");
            browser.screenshot("console-clients-en");
        }
    }

    @Test
    void staffEditAClientSeeTheHistoryAndAreWarnedInsteadOfOverwriting() throws Exception {
        TestTenant studio = Tenants.provision("profile");
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(studio.ownerEmail(), password);
        long id = studio.asOwner().body("{\"firstName\": \"Marie\", \"lastName\": \"Dupont\", \"city\": \"Köln\"}")
                .post("/clients").then().statusCode(201).extract().jsonPath().getLong("id");

        try (Browser browser = new Browser()) {
            String profile = TestPlatform.baseUrl() + "/app/" + studio.slug() + "/client/" + id;
            browser.open(profile);
            browser.signIn(studio.ownerEmail(), password);
            browser.waitForText(By.id("profile-title"), "Marie Dupont");
            assertThat(browser.driver().getCurrentUrl()).as("a deep link survives the sign-in").isEqualTo(profile);

            replace(browser, "profile-form:lastName", "Martin");
            browser.driver().findElement(By.id("profile-form:save")).click();
            browser.waitForText(By.id("profile-history"), "Dupont → Martin");
            assertThat(browser.driver().findElement(By.id("profile-history")).getText())
                    .contains("Nachname: Dupont → Martin").contains("Test Owner");
            browser.screenshot("console-client-profile");

            studio.asOwner().header("If-Match", "\"1\"")
                    .body("{\"firstName\": \"Marie\", \"lastName\": \"Martin\", \"city\": \"Bonn\"}")
                    .put("/clients/" + id).then().statusCode(200);
            replace(browser, "profile-form:city", "Aachen");
            browser.driver().findElement(By.id("profile-form:save")).click();
            browser.waitForText(By.id("profile-form:messages"), "Geändert von Test Owner");
            browser.screenshot("console-client-conflict");
            browser.driver().findElement(By.id("profile-form:reload")).click();
            browser.waitForText(By.id("profile-history"), "Köln → Bonn");
            assertThat(browser.driver().findElement(By.id("profile-form:city")).getAttribute("value")).isEqualTo("Bonn");

            replace(browser, "profile-form:firstName", "");
            replace(browser, "profile-form:email", "kein-at-zeichen");
            browser.driver().findElement(By.id("profile-form:save")).click();
            browser.waitForText(By.id("profile-form"), "not a valid email address");
            assertThat(browser.driver().findElement(By.id("profile-form")).getText()).contains("required");
            studio.asOwner().get("/clients/" + id).then().statusCode(200)
                    .body("firstName", org.hamcrest.Matchers.equalTo("Marie"));
        }
    }

    @Test
    void eachUserChoosesTheColumnsOfTheClientListAndKeepsThemAfterANewLogin() throws Exception {
        TestTenant studio = Tenants.provision("columns");
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(studio.ownerEmail(), password);
        studio.asOwner().body("{\"firstName\": \"Greta\", \"lastName\": \"Geburtstag\", \"birthday\": \"1990-05-17\","
                + " \"email\": \"greta@example.org\"}").post("/clients").then().statusCode(201);

        try (Browser browser = new Browser()) {
            browser.open(TestPlatform.baseUrl() + "/app/");
            browser.signIn(studio.ownerEmail(), password);
            browser.waitForText(By.id("clients-form:clients"), "Geburtstag, Greta");
            assertThat(headers(browser)).contains("E-Mail").doesNotContain("Geburtstag");

            browser.driver().findElement(By.id("clients-form:columns-button")).click();
            browser.waitForText(By.id("columns-form"), "Welche Spalten");
            browser.driver().findElement(By.cssSelector("#columns-form input[value='EMAIL']")).click();
            browser.driver().findElement(By.cssSelector("#columns-form input[value='BIRTHDAY']")).click();
            browser.driver().findElement(By.id("columns-form:save-columns")).click();
            browser.waitForText(By.cssSelector("#clients-form\\:clients thead"), "Geburtstag");
            assertThat(headers(browser)).doesNotContain("E-Mail");
            assertThat(browser.driver().findElement(By.id("clients-form:clients")).getText()).contains("17.05.1990");
            browser.screenshot("console-clients-columns");
        }
        try (Browser again = new Browser()) {
            again.open(TestPlatform.baseUrl() + "/app/");
            again.signIn(studio.ownerEmail(), password);
            again.waitForText(By.id("clients-form:clients"), "Geburtstag, Greta");
            assertThat(headers(again)).contains("Geburtstag").doesNotContain("E-Mail");
        }
    }

    @Test
    void onATabletThePagesFitTheScreenAndStaffSeeNoSettings() throws Exception {
        TestTenant studio = Tenants.provision("tablet");
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(studio.ownerEmail(), password);
        studio.asOwner().body("{\"firstName\": \"Tabea\", \"lastName\": \"Tablet\", \"email\": \"tabea@example.org\"}")
                .post("/clients").then().statusCode(201);

        try (Browser browser = new Browser()) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024));
            browser.open(TestPlatform.baseUrl() + "/app/" + studio.slug() + "/clients");
            browser.signIn(studio.ownerEmail(), password);
            browser.waitForText(By.id("clients-form:clients"), "Tablet, Tabea");
            for (String page : new String[] {"clients", "dashboard", "calendar", "invoices", "import", "settings"}) {
                browser.open(TestPlatform.baseUrl() + "/app/" + studio.slug() + "/" + page);
                browser.waitForText(By.tagName("h1"), "");
                Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth;");
                assertThat(((Number) overflow).intValue()).as("horizontal overflow of %s at 768 px", page)
                        .isLessThanOrEqualTo(0);
            }
            browser.open(TestPlatform.baseUrl() + "/app/" + studio.slug() + "/clients");
            browser.waitForText(By.id("clients-form:clients"), "Tablet, Tabea");
            browser.screenshot("console-clients-tablet");
            assertThat(browser.driver().findElements(By.cssSelector("#menu-form a[href$='/settings']"))).isNotEmpty();
        }

        Tenants.setRole(studio, "STAFF");
        try (Browser browser = new Browser()) {
            browser.open(TestPlatform.baseUrl() + "/app/" + studio.slug() + "/clients");
            browser.signIn(studio.ownerEmail(), password);
            browser.waitForText(By.id("clients-form:clients"), "Tablet, Tabea");
            assertThat(browser.driver().findElements(By.cssSelector("#menu-form a[href$='/settings']"))).as("staff see no settings")
                    .isEmpty();
            browser.open(TestPlatform.baseUrl() + "/app/" + studio.slug() + "/settings");
            browser.waitForText(By.tagName("body"), "Das hat nicht geklappt");
            assertThat(browser.driver().findElements(By.id("settings-form"))).isEmpty();
        } finally {
            Tenants.setRole(studio, "OWNER");
        }
    }

    private static String headers(Browser browser) {
        return browser.driver().findElement(By.cssSelector("#clients-form\\:clients thead")).getText();
    }

    private static void replace(Browser browser, String id, String text) {
        var field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
