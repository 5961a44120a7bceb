package de.stammkunde.it.console;

import de.stammkunde.it.BrowserSession;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.DemoUsers;
import de.stammkunde.it.TestPlatform;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

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
        assertThat(page.body()).contains("Business-Konsole").contains("<span id=\"username\">owner</span>");

        HttpResponse<String> again = browser.get(TestPlatform.baseUrl() + "/app/");
        assertThat(again.uri().toString()).as("the session is kept").startsWith(TestPlatform.baseUrl());
        assertThat(again.body()).contains("<span id=\"username\">owner</span>");
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
    void thePublicStartPageNeedsNoLogin() {
        HttpResponse<String> page = new BrowserSession().get(TestPlatform.baseUrl() + "/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().toString()).startsWith(TestPlatform.baseUrl());
        assertThat(page.body()).contains("Stammkunde").contains("Kundenportal");
    }
}
