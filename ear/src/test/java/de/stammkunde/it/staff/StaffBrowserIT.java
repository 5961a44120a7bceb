package de.stammkunde.it.staff;

import de.stammkunde.it.Browser;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Keycloak;
import de.stammkunde.it.TestPlatform;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The console's staff page in a real browser: an owner invites someone, sees them listed, and removes them. */
class StaffBrowserIT extends DeployedPlatform {

    @Test
    void anOwnerInvitesSomeoneSeesThemInTheTeamAndRemovesThemAfterConfirming() throws Exception {
        TestTenant studio = Tenants.provision("team");
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(studio.ownerEmail(), password);
        String email = "lena@" + studio.slug() + ".example";

        try (Browser browser = new Browser()) {
            browser.open(TestPlatform.baseUrl() + "/app/");
            browser.signIn(studio.ownerEmail(), password);
            browser.waitForText(By.tagName("h1"), "Kunden");
            browser.driver().findElement(By.linkText("Team")).click();
            browser.waitForText(By.id("staff-title"), "Team");
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(TestPlatform.baseUrl() + "/app/" + studio.slug() + "/staff");
            assertThat(browser.driver().findElement(By.id("members-form:members")).getText())
                    .contains(studio.ownerEmail()).contains("Inhaber:in");

            browser.driver().findElement(By.id("invite-form:email")).sendKeys("kein-at-zeichen");
            browser.driver().findElement(By.id("invite-form:invite")).click();
            browser.waitForText(By.id("invite-form"), "Bitte eine gültige E-Mail-Adresse angeben.");

            var field = browser.driver().findElement(By.id("invite-form:email"));
            field.clear();
            field.sendKeys(email);
            browser.driver().findElement(By.id("invite-form:invite")).click();
            browser.waitForText(By.id("members-form:members"), email);
            browser.waitForText(By.id("messages"), email + " wurde eingeladen.");
            browser.screenshot("console-staff-invited");
            studio.asOwner().get("/staff").then().statusCode(200).body("email", hasItem(email));

            browser.driver().findElement(By.xpath("//tr[.//span[@class='member-email' and text()='" + email + "']]"
                    + "//button[contains(@id, ':remove')]")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(By.id("members-form:confirm-yes")));
            assertThat(browser.driver().findElement(By.cssSelector(".ui-confirm-dialog")).getText()).contains(email);
            browser.screenshot("console-staff-confirm-removal");
            browser.driver().findElement(By.id("members-form:confirm-yes")).click();
            browser.waitForText(By.id("messages"), email + " wurde aus dem Team entfernt.");
            assertThat(browser.driver().findElement(By.id("members-form:members")).getText()).doesNotContain(email);
            studio.asOwner().get("/staff").then().statusCode(200).body("email", not(hasItem(email)));
        }
    }
}
