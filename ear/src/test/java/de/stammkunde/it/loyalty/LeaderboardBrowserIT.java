package de.stammkunde.it.loyalty;

import de.stammkunde.it.Browser;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Keycloak;
import de.stammkunde.it.TestPlatform;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leaderboard in the console, in a real browser: the empty state of a new program, then the
 * statistics, the top 3, who is close to the next reward, the popular rewards, the charts with
 * their numbers as tables, the ranking filtered and paged on the server, and the filtered ranking
 * downloaded as CSV.
 */
class LeaderboardBrowserIT extends DeployedPlatform {

    private static final String RANKING = "#ranking-form\\:ranking";

    @Test
    void theOwnerSeesTheStatisticsFiltersAndPagesTheRankingAndDownloadsIt() throws Exception {
        LoyaltyProgram program = LoyaltyProgram.seeded("board-ui");
        String password = "pw-" + UUID.randomUUID();
        Keycloak.completeInvitation(program.studio.ownerEmail(), password);
        String console = TestPlatform.baseUrl() + "/app/" + program.studio.slug();

        try (Browser browser = new Browser()) {
            browser.open(console + "/clients");
            browser.signIn(program.studio.ownerEmail(), password);
            browser.waitForText(By.id("menu-form"), "Bestenliste");
            browser.driver().findElement(By.cssSelector("#menu-form a[href$='/leaderboard']")).click();
            browser.waitForText(By.tagName("h1"), "Bestenliste");
            assertThat(text(browser, "leaderboard-empty")).startsWith("Noch keine Punkte vergeben.");
            assertThat(text(browser, "ranking-form:ranking")).contains("Noch keine Punkte vergeben.");
            assertThat(text(browser, "stat-active-members")).isEqualTo("0");
            assertThat(browser.driver().findElements(By.id("top-three"))).isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("#points-chart canvas"))).isEmpty();
            browser.screenshot("console-leaderboard-empty");

            long anna = program.client("Anna", "Erste");
            long ben = program.client("Ben", "Dritter");
            long carl = program.client("Carl", "Knapp");
            program.client("Dora", "Ohnepunkte");
            long emil = program.client("Emil", "Empfohlen");
            long fritz = program.client("Fritz", "Hand");
            long greta = program.client("Greta", "Gering");
            program.studio.asOwner().body("{\"referredClientId\": %d}".formatted(emil))
                    .post("/clients/" + anna + "/referrals").then().statusCode(201);
            program.paid(anna, 50000);
            program.paid(ben, 12000);
            program.paid(carl, 9000);
            program.paid(emil, 24000);
            program.paid(greta, 7000);
            program.studio.asOwner().body("{\"points\": 60, \"reason\": \"Treuebonus\"}")
                    .post("/clients/" + fritz + "/loyalty/entries").then().statusCode(201);
            String bensCode = program.account(ben).getString("rewards[0].code");
            program.studio.asOwner().post("/reward-codes/" + bensCode + "/redeem").then().statusCode(200);

            browser.open(console + "/leaderboard");
            browser.waitForText(By.id("stat-points"), "1.080");
            assertThat(text(browser, "stat-active-members")).isEqualTo("6");
            assertThat(text(browser, "stat-active-share")).isEqualTo("von 7 Kunden (86 %)");
            assertThat(text(browser, "stat-referrals")).isEqualTo("1");
            assertThat(text(browser, "stat-rewards-granted")).isEqualTo("5");
            assertThat(text(browser, "stat-rewards-redeemed")).isEqualTo("1");
            assertThat(browser.driver().findElements(By.id("leaderboard-empty"))).isEmpty();

            assertThat(texts(browser.driver(), "#top-three .top-entry"))
                    .containsExactly("Anna Erste – 500 Punkte", "Emil Empfohlen – 240 Punkte", "Ben Dritter – 120 Punkte");
            assertThat(browser.driver().findElement(By.cssSelector("#top-three .top-name")).getAttribute("href"))
                    .isEqualTo(console + "/client/" + anna);
            assertThat(texts(browser.driver(), "#close-to-next .close-entry")).containsExactlyInAnyOrder(
                    "Carl Knapp: noch 10 Punkte bis Promocode 10 €", "Emil Empfohlen: noch 10 Punkte bis Gutschein 25 €");
            assertThat(texts(browser.driver(), "#popular-rewards tbody tr").get(0))
                    .contains("Promocode 10 €").contains("3").contains("1");

            String month = LocalDate.now(ZoneId.of("Europe/Berlin")).toString().substring(0, 7);
            assertThat(texts(browser.driver(), "#points-table thead th"))
                    .containsExactly("Monat", "Zahlungen", "Von Hand", "Summe");
            assertThat(texts(browser.driver(), "#points-table tr[data-month='" + month + "'] td"))
                    .containsExactly("1.020", "60", "1.080");
            assertThat(texts(browser.driver(), "#grants-table tr[data-month='" + month + "'] td")).containsExactly("5");
            awaitChart(browser, "points-chart", 2);
            awaitChart(browser, "grants-chart", 1);
            browser.screenshot("console-leaderboard");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView();",
                    browser.driver().findElement(By.id("points-chart")));
            browser.screenshot("console-leaderboard-charts");

            fill(browser, "ranking-form:min-points", "-5");
            browser.driver().findElement(By.id("ranking-form:apply-filters")).click();
            browser.waitForText(By.id("ranking-form:min-points-message"), "Bitte eine ganze Zahl ab 0 angeben.");

            fill(browser, "ranking-form:min-points", "100");
            browser.driver().findElement(By.id("ranking-form:apply-filters")).click();
            awaitRanking(browser, "Anna Erste", "Emil Empfohlen", "Ben Dritter");
            assertThat(texts(browser.driver(), RANKING + " tbody td.ranking-rank")).containsExactly("1", "2", "3");
            assertThat(texts(browser.driver(), RANKING + " tbody tr").get(0)).contains("500");

            assertThat(download(browser).lines()).containsExactly("rank,clientId,name,points,referrals,rewards",
                    "1," + anna + ",Anna Erste,500,1,3", "2," + emil + ",Emil Empfohlen,240,0,1",
                    "3," + ben + ",Ben Dritter,120,0,1");

            fill(browser, "ranking-form:min-points", "");
            fill(browser, "ranking-form:search", "knapp");
            browser.driver().findElement(By.id("ranking-form:apply-filters")).click();
            awaitRanking(browser, "Carl Knapp");
            assertThat(texts(browser.driver(), RANKING + " tbody td.ranking-rank")).as("the rank among all")
                    .containsExactly("4");
            assertThat(browser.driver().findElement(By.cssSelector(RANKING + " .ranking-name-link")).getAttribute("href"))
                    .isEqualTo(console + "/client/" + carl);

            fill(browser, "ranking-form:search", "");
            select(browser, "referralsFilter", "with");
            browser.driver().findElement(By.id("ranking-form:apply-filters")).click();
            awaitRanking(browser, "Anna Erste");
            select(browser, "referralsFilter", "");
            select(browser, "rewardsFilter", "without");
            browser.driver().findElement(By.id("ranking-form:apply-filters")).click();
            awaitRanking(browser, "Carl Knapp", "Greta Gering", "Fritz Hand");
            assertThat(download(browser).lines()).containsExactly("rank,clientId,name,points,referrals,rewards",
                    "4," + carl + ",Carl Knapp,90,0,0", "5," + greta + ",Greta Gering,70,0,0",
                    "6," + fritz + ",Fritz Hand,60,0,0");

            fill(browser, "ranking-form:search", "niemand");
            browser.driver().findElement(By.id("ranking-form:apply-filters")).click();
            browser.waitForText(By.id("ranking-form:ranking"), "Keine Kunden mit Punkten passen zu diesen Filtern.");

            fill(browser, "ranking-form:search", "");
            select(browser, "rewardsFilter", "");
            browser.driver().findElement(By.id("ranking-form:apply-filters")).click();
            awaitRanking(browser, "Anna Erste", "Emil Empfohlen", "Ben Dritter", "Carl Knapp", "Greta Gering",
                    "Fritz Hand");
            new Select(browser.driver().findElements(By.cssSelector(RANKING + " select.ui-paginator-rpp-options"))
                    .get(0)).selectByValue("5");
            awaitRanking(browser, "Anna Erste", "Emil Empfohlen", "Ben Dritter", "Carl Knapp", "Greta Gering");
            browser.driver().findElements(By.cssSelector(RANKING + " .ui-paginator-next")).get(0).click();
            awaitRanking(browser, "Fritz Hand");
            assertThat(texts(browser.driver(), RANKING + " tbody td.ranking-rank")).containsExactly("6");
            browser.screenshot("console-leaderboard-page-2");

            fill(browser, "ranking-form:min-points", "60");
            browser.driver().findElement(By.id("ranking-form:apply-filters")).click();
            awaitRanking(browser, "Anna Erste", "Emil Empfohlen", "Ben Dritter", "Carl Knapp", "Greta Gering");
            assertThat(texts(browser.driver(), RANKING + " .ui-paginator-page.ui-state-active"))
                    .as("a new filter starts at the first page").first().isEqualTo("1");
        }
    }

    /** Chart.js drew the chart from the page's model: a canvas with the datasets and twelve months. */
    private static void awaitChart(Browser browser, String id, int datasets) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .withMessage(() -> "the chart " + id + " with " + datasets + " datasets")
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                        var canvas = document.querySelector('#' + arguments[0] + ' canvas');
                        var chart = canvas && window.Chart && Chart.getChart(canvas);
                        return !!chart && chart.data.datasets.length === arguments[1]
                            && chart.data.labels.length === 12;""", id, datasets)));
    }

    /**
     * Posts the ranking form as the download button does, with the browser's own session, and
     * returns the file.
     */
    @SuppressWarnings("unchecked")
    private static String download(Browser browser) {
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Map<String, Object> response = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var form = document.getElementById('ranking-form');
                var body = new URLSearchParams(new FormData(form));
                body.append('ranking-form:csv', '');
                fetch(form.action, {method: 'POST', body: body, credentials: 'same-origin'})
                    .then(function (r) {
                        return r.text().then(function (t) {
                            done({status: r.status, type: r.headers.get('Content-Type'),
                                  disposition: r.headers.get('Content-Disposition'), body: t});
                        });
                    })
                    .catch(function (e) { done({status: -1, body: String(e)}); });""");
        assertThat(response.get("status")).as("the download: " + response.get("body")).isEqualTo(200L);
        assertThat((String) response.get("type")).startsWith("text/csv");
        assertThat((String) response.get("disposition")).contains("leaderboard.csv");
        return (String) response.get("body");
    }

    private static void awaitRanking(Browser browser, String... names) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "the ranking " + List.of(names) + "; it shows "
                        + browser.driver().findElement(By.id("ranking-form:ranking")).getText())
                .until(d -> texts(d, RANKING + " tbody .ranking-name-link").equals(List.of(names)));
    }

    /** Chooses a value of a PrimeFaces select menu the way a click on it would. */
    private static void select(Browser browser, String widget, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("PF(arguments[0]).selectValue(arguments[1]);",
                widget, value);
    }

    private static List<String> texts(WebDriver driver, String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .map(element -> element.getText().replace('\u00a0', ' ').strip()).toList();
    }

    private static String text(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText().replace('\u00a0', ' ').strip();
    }

    private static void fill(Browser browser, String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        if (!value.isEmpty()) {
            field.sendKeys(value);
        }
    }
}
