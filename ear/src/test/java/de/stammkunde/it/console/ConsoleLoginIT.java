package de.stammkunde.it.console;

import de.stammkunde.it.BrowserSession;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.DemoUsers;
import de.stammkunde.it.Keycloak;
import de.stammkunde.it.TestPlatform;
import de.stammkunde.it.Tenants;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The consoles sign users in through Keycloak's authorization-code flow and back. */
class ConsoleLoginIT extends DeployedPlatform {

    @Test
    void staffSignInToTheBusinessConsoleThroughKeycloak() {
        BrowserSession browser = new BrowserSession();

        HttpResponse<String> page = browser.signIn(TestPlatform.baseUrl() + "/app/", DemoUsers.OWNER,
                DemoUsers.password(DemoUsers.OWNER));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().toString()).startsWith(TestPlatform.baseUrl() + "/app/");
        assertThat(page.body()).contains("Ihre Betriebe").contains("<span id=\"username\">Sabine Licht</span>")
                .contains("noch keinem Betrieb zugeordnet");

        HttpResponse<String> again = browser.get(TestPlatform.baseUrl() + "/app/");
        assertThat(again.uri().toString()).as("the session is kept").startsWith(TestPlatform.baseUrl());
        assertThat(again.body()).contains("<span id=\"username\">Sabine Licht</span>");
    }

    @Test
    void clientsSignInToThePortal() {
        HttpResponse<String> page = new BrowserSession().signIn(TestPlatform.baseUrl() + "/portal/",
                DemoUsers.CLIENT, DemoUsers.password(DemoUsers.CLIENT));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Kundenportal").contains("<span id=\"username\">client</span>");
    }

    @Test
    void operatorsSignInToTheOperatorConsole() {
        HttpResponse<String> page = new BrowserSession().signIn(TestPlatform.baseUrl() + "/operator/",
                DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().toString()).startsWith(TestPlatform.baseUrl() + "/operator/");
        assertThat(page.body()).contains("Betreiberkonsole").contains("<span id=\"username\">operator</span>");
    }

    @Test
    void staffAreRefusedFromTheOperatorConsoleWithAPageNotAStackTrace() {
        HttpResponse<String> page = new BrowserSession().signIn(TestPlatform.baseUrl() + "/operator/",
                DemoUsers.STAFF, DemoUsers.password(DemoUsers.STAFF));

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Das hat nicht geklappt").doesNotContain("Exception");
    }

    @Test
    void staffOfOneBusinessAreRefusedFromAnotherBusinessesConsole() {
        Tenants.TestTenant mine = Tenants.provision("con-a");
        Tenants.TestTenant other = Tenants.provision("con-b");
        String password = "pw-" + java.util.UUID.randomUUID();
        Keycloak.completeInvitation(mine.ownerEmail(), password);
        BrowserSession browser = new BrowserSession();

        HttpResponse<String> own = browser.signIn(TestPlatform.baseUrl() + "/app/" + mine.slug() + "/clients",
                mine.ownerEmail(), password);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("<h1>Kunden</h1>");

        HttpResponse<String> foreign = browser.get(TestPlatform.baseUrl() + "/app/" + other.slug() + "/clients");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("Das hat nicht geklappt").doesNotContain("Kunden</h1>");
        for (String page : List.of("client/1", "loyalty", "rewards", "leaderboard", "recalculation", "ledger-csv/1",
                "messages", "message-templates")) {
            assertThat(browser.get(TestPlatform.baseUrl() + "/app/" + other.slug() + "/" + page).statusCode())
                    .as(page + " of another business").isEqualTo(403);
        }

        assertThat(browser.get(TestPlatform.baseUrl() + "/app/clients.xhtml").statusCode())
                .as("pages are never served without a tenant").isEqualTo(404);
    }

    @Test
    void aFormFromAnExpiredOrForgedViewChangesNothingAndReloadsThePage() {
        Tenants.TestTenant studio = Tenants.provision("expired");
        String password = "pw-" + java.util.UUID.randomUUID();
        Keycloak.completeInvitation(studio.ownerEmail(), password);
        BrowserSession browser = new BrowserSession();
        String clients = TestPlatform.baseUrl() + "/app/" + studio.slug() + "/clients";
        browser.signIn(clients, studio.ownerEmail(), password);
        java.util.Map<String, String> form = java.util.Map.of("columns-form", "columns-form",
                "columns-form:save-columns", "columns-form:save-columns",
                "columns-form:visible", "BIRTHDAY",
                "jakarta.faces.ViewState", "-1234567890:forged");

        HttpResponse<String> page = browser.post(clients, form, java.util.Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().toString()).isEqualTo(clients);
        assertThat(page.body()).contains("<h1>Kunden</h1>").contains("Die Seite war abgelaufen")
                .doesNotContain("Exception").doesNotContain("ViewExpired");

        HttpResponse<String> ajax = browser.post(clients, form, java.util.Map.of("Faces-Request", "partial/ajax"));
        assertThat(ajax.body()).contains("<partial-response").contains("<redirect url=\"" + "/app/" + studio.slug()
                + "/clients\"");
        assertThat(browser.get(clients).body()).as("the forged form chose no columns")
                .doesNotContain("column-BIRTHDAY");
    }

    @Test
    void thePublicStartPageNeedsNoLogin() {
        HttpResponse<String> page = new BrowserSession().get(TestPlatform.baseUrl() + "/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().toString()).startsWith(TestPlatform.baseUrl());
        assertThat(page.body()).contains("Stammkunde").contains("Kundenportal");
    }
}
