package de.stammkunde.it.messaging;

import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Mail;
import de.stammkunde.it.Mailbox;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import de.stammkunde.it.TestPlatform;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static de.stammkunde.it.messaging.Jobs.answer;
import static de.stammkunde.it.messaging.Jobs.messages;
import static de.stammkunde.it.messaging.Jobs.settled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Birthday greetings end to end: the birthday job (run as of chosen times) greets, from 08:00 in the
 * business's time zone, every client whose birthday it is — by email only with a confirmed
 * marketing consent, with a working one-click unsubscribe link that stops next year's greeting.
 */
class BirthdayIT extends DeployedPlatform {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String BIRTHDAY = "birthday";

    private static TestTenant studio;
    /** A day far enough ahead that the real hourly timer does not greet anyone of this test. */
    private static LocalDate day;

    @BeforeAll
    static void tenant() {
        studio = Tenants.provision("birthdays");
        LocalDate ahead = LocalDate.now(BERLIN).plusDays(100);
        day = ahead.getMonth() == Month.FEBRUARY && ahead.getDayOfMonth() >= 28 ? ahead.plusDays(2) : ahead;
    }

    @Test
    void clientsWhoConfirmedMarketingEmailsAreGreetedOnceFromEightAndCanUnsubscribeWithOneClick() {
        String email = MessagingIT.address("berta");
        long berta = subscribed("Berta", "Geburtstag", email, "de", day.withYear(1990));
        String englishEmail = MessagingIT.address("bertha");
        long bertha = subscribed("Bertha", "Birthday", englishEmail, "en", day.withYear(1990));
        long without = client("Otto", "Ohnewerbung", MessagingIT.address("otto"), "de", day.withYear(1990));
        answer(studio, without, "data-processing", "{\"state\": \"GIVEN\", \"source\": \"IN_PERSON\", \"textVersion\": 1}");

        Jobs.run("birthdays", at(day, 7));
        assertThat(messages(studio, berta, BIRTHDAY, null)).as("not before 08:00 local time").isEmpty();

        assertThat(Jobs.run("birthdays", at(day, 9)).getInt("greeted")).isGreaterThanOrEqualTo(3);
        assertThat(settled(studio, berta, BIRTHDAY, null)).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("status", "SENT"));
        assertThat(settled(studio, bertha, BIRTHDAY, null)).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("status", "SENT"));
        assertThat(settled(studio, without, BIRTHDAY, null)).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("status", "SUPPRESSED")
                        .hasEntrySatisfying("reason", r -> assertThat((String) r).startsWith("no-consent")));

        Mail greeting = Mail.of(MessagingIT.awaitCount(email, 2).get(1));
        assertThat(greeting.subject()).isEqualTo("Alles Gute zum Geburtstag, Berta!");
        assertThat(greeting.text()).contains("das ganze Team von Studio " + studio.slug());
        String link = greeting.link(TestPlatform.baseUrl() + "/unsubscribe/");
        assertThat(greeting.html()).contains(link);
        String header = greeting.header("List-Unsubscribe");
        assertThat(header).startsWith("<" + TestPlatform.baseUrl() + "/unsubscribe/").endsWith(">");
        String oneClick = header.substring(1, header.length() - 1);
        assertThat(greeting.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        Mail english = Mail.of(MessagingIT.awaitCount(englishEmail, 2).get(1));
        assertThat(english.subject()).isEqualTo("Happy birthday, Bertha!");
        assertThat(english.text()).contains("everyone at Studio " + studio.slug());

        Jobs.run("birthdays", at(day, 10));
        Jobs.run("birthdays", at(day, 23));
        assertThat(messages(studio, berta, BIRTHDAY, null)).as("once a year").hasSize(1);
        Jobs.pause(Duration.ofSeconds(2));
        assertThat(Mailbox.messages(email)).hasSize(2);

        RestAssured.get(link).then().statusCode(200)
                .body(containsString("<button")).body(containsString("Abmelden"));
        decision(berta).then().body("allowed", equalTo(true));
        RestAssured.given().header("User-Agent", "OneClick-Mail/2.0").contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click").post(oneClick).then().statusCode(200)
                .body(containsString("abgemeldet"));
        decision(berta).then().body("allowed", equalTo(false));
        studio.asOwner().get("/clients/" + berta + "/consents/trail").then().statusCode(200)
                .body("source", hasItem("UNSUBSCRIBE_LINK"))
                .body("userAgent", hasItem("OneClick-Mail/2.0"));

        Jobs.run("birthdays", at(day.plusYears(1), 9));
        List<Map<String, Object>> greetings = settled(studio, berta, BIRTHDAY, null);
        assertThat(greetings).hasSize(2);
        assertThat(greetings.get(0)).as("next year's greeting after unsubscribing")
                .containsEntry("status", "SUPPRESSED");
        assertThat(settled(studio, bertha, BIRTHDAY, null)).as("the others are greeted next year too").hasSize(2)
                .allMatch(m -> "SENT".equals(m.get("status")));
        Jobs.pause(Duration.ofSeconds(2));
        assertThat(Mailbox.messages(email)).hasSize(2);
    }

    @Test
    void aBusinessThatSwitchedGreetingsOffGreetsNobody() {
        LocalDate other = day.plusDays(3);
        long client = client("Kurt", "Keingruss", MessagingIT.address("kurt"), "de", other.withYear(1990));
        studio.asOwner().body("{\"clientHistory\": true, \"birthdayGreetings\": false}").put("/settings").then()
                .statusCode(200).body("birthdayGreetings", equalTo(false));
        try {
            Jobs.run("birthdays", at(other, 9));
            assertThat(messages(studio, client, BIRTHDAY, null)).as("greetings switched off").isEmpty();
        } finally {
            studio.asOwner().body("{\"clientHistory\": true, \"birthdayGreetings\": true}").put("/settings").then()
                    .statusCode(200);
        }
        Jobs.run("birthdays", at(other, 9));
        assertThat(messages(studio, client, BIRTHDAY, null)).as("switched on: the greeting is due (without consent:"
                + " suppressed)").singleElement().satisfies(m -> assertThat(m).containsEntry("status", "SUPPRESSED"));
    }

    @Test
    void leapDayBirthdaysAreGreetedOnThe28thOfFebruaryInOtherYears() {
        int year = LocalDate.now(BERLIN).getYear() + 1;
        while (java.time.Year.isLeap(year)) {
            year++;
        }
        long client = client("Lea", "Schalttag", MessagingIT.address("lea"), "de", LocalDate.of(1996, 2, 29));
        Jobs.run("birthdays", at(LocalDate.of(year, 2, 27), 9));
        assertThat(messages(studio, client, BIRTHDAY, null)).isEmpty();
        Jobs.run("birthdays", at(LocalDate.of(year, 2, 28), 9));
        assertThat(messages(studio, client, BIRTHDAY, null)).hasSize(1);
    }

    private static Instant at(LocalDate date, int hour) {
        return date.atTime(LocalTime.of(hour, 0)).atZone(BERLIN).toInstant();
    }

    private static long client(String firstName, String lastName, String email, String language, LocalDate born) {
        return Jobs.client(studio, ("{\"firstName\": \"%s\", \"lastName\": \"%s\", \"email\": \"%s\","
                + " \"preferredLanguage\": \"%s\", \"birthday\": \"%s\"}").formatted(firstName, lastName, email, language,
                born));
    }

    /** A client with a confirmed email marketing consent (double opt-in through the link in the mail). */
    private static long subscribed(String firstName, String lastName, String email, String language, LocalDate born) {
        long id = client(firstName, lastName, email, language, born);
        answer(studio, id, "data-processing", "{\"state\": \"GIVEN\", \"source\": \"IN_PERSON\", \"textVersion\": 1}");
        answer(studio, id, "marketing", "{\"channel\": \"EMAIL\", \"state\": \"GIVEN\", \"source\": \"IN_PERSON\","
                + " \"textVersion\": 1}");
        String link = Mail.of(MessagingIT.single(email)).link(TestPlatform.baseUrl() + "/confirm/");
        RestAssured.given().header("User-Agent", "DOI-Test/1.0").post(link).then().statusCode(200);
        decision(id).then().body("allowed", equalTo(true));
        return id;
    }

    private static io.restassured.response.Response decision(long client) {
        return studio.asOwner().get("/clients/" + client + "/consents/decision?purpose=marketing&channel=EMAIL");
    }
}
