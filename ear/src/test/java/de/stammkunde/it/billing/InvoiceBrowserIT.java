package de.stammkunde.it.billing;

import de.stammkunde.it.Browser;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Keycloak;
import de.stammkunde.it.TestPlatform;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The invoice pages in a real browser: create an invoice, record a payment, see it paid. */
class InvoiceBrowserIT extends DeployedPlatform {

    @Test
    void staffCreateAnInvoiceRecordAPaymentAndSeeItPaid() throws Exception {
        TestTenant studio = Tenants.provision("invoicing");
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(studio.ownerEmail(), password);
        studio.asOwner().body("{\"firstName\": \"Marie\", \"lastName\": \"Dupont\", \"email\": \"marie@example.org\"}")
                .post("/clients").then().statusCode(201);

        try (Browser browser = new Browser()) {
            browser.open(TestPlatform.baseUrl() + "/app/" + studio.slug() + "/invoices");
            browser.signIn(studio.ownerEmail(), password);
            browser.waitForText(By.tagName("h1"), "Rechnungen");
            assertThat(browser.driver().findElement(By.id("menu-form:menu")).getText()).contains("Rechnungen");

            browser.driver().findElement(By.id("invoices-form:new-invoice")).click();
            browser.waitForText(By.id("invoice-title"), "Neue Rechnung");
            browser.driver().findElement(By.id("invoice-form:create")).click();
            browser.waitForText(By.id("invoice-form"), "Bitte einen Kunden aus der Suche wählen.");
            assertThat(browser.driver().findElement(By.id("invoice-form")).getText())
                    .contains("Bitte eine Beschreibung angeben").contains("Bitte einen Preis angeben");
            browser.screenshot("console-invoice-new-invalid");

            browser.driver().findElement(By.id("invoice-form:clientId_input")).sendKeys("Dup");
            WebElement suggestion = new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.ui-autocomplete-item")));
            assertThat(suggestion.getText()).contains("Marie Dupont");
            suggestion.click();
            replace(browser, "invoice-form:lines:0:description", "Porträt-Shooting");
            replace(browser, "invoice-form:lines:0:unitPriceCents", "150,00");
            browser.driver().findElement(By.id("invoice-form:add-line")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("invoice-form:lines:1:description")));
            replace(browser, "invoice-form:lines:1:description", "Abzug 13x18");
            replace(browser, "invoice-form:lines:1:quantity", "2");
            replace(browser, "invoice-form:lines:1:unitPriceCents", "12,50");
            browser.screenshot("console-invoice-new");
            browser.driver().findElement(By.id("invoice-form:create")).click();

            browser.waitForText(By.id("status"), "offen");
            assertThat(text(browser, "total")).isEqualTo("175,00 €");
            assertThat(text(browser, "client")).isEqualTo("Marie Dupont");
            assertThat(text(browser, "invoice-view")).contains("Rechnung angelegt.").contains("Abzug 13x18");

            replace(browser, "payment-form:amountCents", "200");
            browser.driver().findElement(By.id("payment-form:pay")).click();
            browser.waitForText(By.id("payment-form"), "sind noch offen");
            assertThat(text(browser, "payment-form")).contains("Höchstens 175,00 € sind noch offen.");
            browser.screenshot("console-invoice-overpaid");

            replace(browser, "payment-form:amountCents", "175,00");
            browser.driver().findElement(By.id("payment-form:pay")).click();
            browser.waitForText(By.id("payments"), "Test Owner");
            assertThat(text(browser, "status")).isEqualTo("bezahlt");
            assertThat(text(browser, "open")).isEqualTo("0,00 €");
            assertThat(text(browser, "payments")).contains("175,00 €").contains("Karte").contains("Restzahlung");
            assertThat(browser.driver().findElements(By.id("payment-form"))).isEmpty();
            browser.screenshot("console-invoice-paid");

            browser.open(TestPlatform.baseUrl() + "/app/" + studio.slug() + "/invoices");
            browser.waitForText(By.id("invoices-form:invoices"), "Marie Dupont");
            assertThat(text(browser, "invoices-form:invoices")).contains("bezahlt").contains("175,00 €");
            browser.screenshot("console-invoices");
        }
        studio.asOwner().get("/invoices?status=PAID").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].paidCents", equalTo(17500));
    }

    private static String text(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText().replace('\u00a0', ' ');
    }

    private static void replace(Browser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
