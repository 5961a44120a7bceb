package de.stammkunde.it.messaging;

import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Mail;
import de.stammkunde.it.Mailbox;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static de.stammkunde.it.messaging.Jobs.answer;
import static de.stammkunde.it.messaging.Jobs.messages;
import static de.stammkunde.it.messaging.Jobs.settled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Appointment reminders end to end: the reminder job (run as of chosen times) queues one reminder
 * per appointment and start within the business's lead time, sent to the real SMTP server in the
 * client's language, and by SMS when the client agreed to it and the business has SMS credits.
 */
class ReminderIT extends DeployedPlatform {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String REMINDER = "appointment-reminder";

    private static TestTenant studio;
    private static long portrait;

    @BeforeAll
    static void tenant() {
        studio = Tenants.provision("reminders");
        portrait = studio.asOwner().body("{\"name\": \"Porträt\", \"durationMinutes\": 60, \"defaultPriceCents\": 7500,"
                        + " \"active\": true}")
                .post("/session-types").then().statusCode(201).extract().jsonPath().getLong("id");
        leadHours(24);
    }

    @Test
    void aReminderGoesOutOnceWithinTheLeadTimeAndAgainWhenTheAppointmentMoves() {
        String email = MessagingIT.address("erika");
        long erika = clientWithConsent("Erika", "Erinnerung", email, "de", null, false);
        LocalDateTime start = LocalDateTime.parse("2031-05-20T10:00");
        Instant t = start.atZone(BERLIN).toInstant();
        long appointment = book(erika, start);
        assertThat(Mail.of(MessagingIT.single(email)).subject()).startsWith("Ihr Termin am");

        Jobs.run("reminders", t.minus(Duration.ofHours(25)));
        assertThat(messages(studio, erika, REMINDER, null)).as("25 hours before: not yet").isEmpty();

        JsonPath run = Jobs.run("reminders", t.minus(Duration.ofHours(23)));
        assertThat(run.getString("job")).isEqualTo("reminders");
        assertThat(run.getInt("reminded")).isPositive();
        List<Map<String, Object>> reminders = settled(studio, erika, REMINDER, null);
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0)).containsEntry("status", "SENT").containsEntry("channel", "EMAIL");
        Mail reminder = Mail.of(MessagingIT.awaitCount(email, 2).get(1));
        assertThat(reminder.subject()).isEqualTo("Erinnerung: Ihr Termin am Dienstag, 20. Mai 2031 um 10:00 Uhr");
        assertThat(reminder.text()).contains("Hallo Erika,")
                .contains("„Porträt“ am Dienstag, 20. Mai 2031 um 10:00 Uhr");
        assertThat(reminder.header("List-Unsubscribe")).as("not a marketing email").isNull();

        Jobs.run("reminders", t.minus(Duration.ofHours(22)));
        Jobs.run("reminders", t.minus(Duration.ofMinutes(5)));
        assertThat(messages(studio, erika, REMINDER, null)).as("a repeated run queues nothing new").hasSize(1);
        Jobs.pause(Duration.ofSeconds(2));
        assertThat(Mailbox.messages(email)).hasSize(2);

        studio.asOwner().header("If-Match", "\"0\"")
                .body(("{\"clientId\": %d, \"sessionTypeId\": %d, \"start\": \"2031-05-21T15:30\","
                        + " \"end\": \"2031-05-21T16:30\"}").formatted(erika, portrait))
                .put("/appointments/" + appointment).then().log().ifValidationFails().statusCode(200);
        Instant moved = LocalDateTime.parse("2031-05-21T15:30").atZone(BERLIN).toInstant();
        Jobs.run("reminders", moved.minus(Duration.ofHours(2)));
        assertThat(settled(studio, erika, REMINDER, null)).as("the moved appointment is reminded again").hasSize(2);
        Mail again = Mail.of(MessagingIT.awaitCount(email, 3).get(2));
        assertThat(again.subject()).isEqualTo("Erinnerung: Ihr Termin am Mittwoch, 21. Mai 2031 um 15:30 Uhr");
    }

    @Test
    void englishClientsAreRemindedInEnglish() {
        String email = MessagingIT.address("mary");
        long mary = clientWithConsent("Mary", "Reminder", email, "en", null, false);
        LocalDateTime start = LocalDateTime.parse("2031-05-27T11:00");
        book(mary, start);
        Jobs.run("reminders", start.atZone(BERLIN).toInstant().minus(Duration.ofHours(3)));

        assertThat(settled(studio, mary, REMINDER, null)).hasSize(1);
        Mail reminder = Mail.of(MessagingIT.awaitCount(email, 2).get(1));
        assertThat(reminder.subject()).isEqualTo("Reminder: your appointment on Tuesday, 27 May 2031 at 11:00");
        assertThat(reminder.text()).contains("Hello Mary,").contains("\"Porträt\" on Tuesday, 27 May 2031 at 11:00");
    }

    @Test
    void cancelledAppointmentsAndBusinessesWithoutRemindersGetNone() {
        long cancelled = clientWithConsent("Carla", "Abgesagt", MessagingIT.address("carla"), "de", null, false);
        LocalDateTime start = LocalDateTime.parse("2031-06-03T10:00");
        long appointment = book(cancelled, start);
        studio.asOwner().post("/appointments/" + appointment + "/cancel").then().statusCode(200);

        long other = clientWithConsent("Otto", "Ohnefrist", MessagingIT.address("otto"), "de", null, false);
        book(other, LocalDateTime.parse("2031-06-03T11:00"));
        Instant asOf = start.atZone(BERLIN).toInstant().minus(Duration.ofHours(1));

        leadHours(0);
        try {
            Jobs.run("reminders", asOf);
            assertThat(messages(studio, other, REMINDER, null)).as("lead time 0: no reminders").isEmpty();
        } finally {
            leadHours(24);
        }
        Jobs.run("reminders", asOf);
        assertThat(messages(studio, other, REMINDER, null)).as("with a lead time it is due").hasSize(1);
        assertThat(messages(studio, cancelled, REMINDER, null)).as("cancelled: no reminder").isEmpty();
    }

    @Test
    void smsRemindersAreSuppressedWithoutCreditsAndPaidByTheirSegmentsAfterATopUp() {
        String phone = "+4915112349876";
        long sina = clientWithConsent("Sina", "Simser", MessagingIT.address("sina"), "de", phone, true);
        LocalDateTime first = LocalDateTime.parse("2031-07-01T10:00");
        book(sina, first);
        Jobs.run("reminders", first.atZone(BERLIN).toInstant().minus(Duration.ofHours(2)));

        List<Map<String, Object>> sms = settled(studio, sina, REMINDER, "sms");
        assertThat(sms).hasSize(1);
        assertThat(sms.get(0)).containsEntry("status", "SUPPRESSED").containsEntry("reason", "no-credits")
                .containsEntry("recipient", phone);
        assertThat(settled(studio, sina, REMINDER, "email")).as("the email goes out anyway").hasSize(1)
                .allMatch(m -> "SENT".equals(m.get("status")));

        Tenants.asOperator().body("{\"credits\": 10}").post("/v1/operator/tenants/" + studio.slug() + "/sms-credits")
                .then().statusCode(201);
        LocalDateTime second = LocalDateTime.parse("2031-07-02T10:00");
        book(sina, second);
        Jobs.run("reminders", second.atZone(BERLIN).toInstant().minus(Duration.ofHours(2)));

        sms = settled(studio, sina, REMINDER, "sms");
        assertThat(sms).hasSize(2);
        Map<String, Object> sent = sms.get(0);
        assertThat(sent).containsEntry("status", "SENT");
        int reminderSegments = ((Number) sent.get("segments")).intValue();
        assertThat(reminderSegments).isPositive();
        List<Map<String, Object>> sentSms = settled(studio, sina, null, "sms").stream()
                .filter(m -> "SENT".equals(m.get("status"))).toList();
        int segments = sentSms.stream().mapToInt(m -> ((Number) m.get("segments")).intValue()).sum();
        assertThat(sentSms).as("the reminder and the second booking's confirmation").hasSize(2);

        List<Map<String, Object>> recorded = studio.asOwner().get("/sms/recorded").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(recorded).anySatisfy(item -> {
            assertThat(item.get("to")).isEqualTo(phone);
            assertThat((String) item.get("text")).isEqualTo("Studio " + studio.slug()
                    + ": Erinnerung an Ihren Termin am Mittwoch, 2. Juli 2031 um 10:00 Uhr.");
            assertThat(item.get("segments")).isEqualTo(reminderSegments);
        });
        studio.asOwner().get("/sms-credits").then().statusCode(200).body("balance", equalTo(10 - segments));
    }

    @Test
    void theLeadTimeIsValidatedAndKept() {
        studio.asOwner().body("{\"clientHistory\": true, \"reminderLeadHours\": -1}").put("/settings").then()
                .statusCode(400).body("errors[0].field", equalTo("reminderLeadHours"));
        studio.asOwner().body("{\"clientHistory\": true, \"reminderLeadHours\": 400}").put("/settings").then()
                .statusCode(400).body("errors[0].field", equalTo("reminderLeadHours"));
        studio.asOwner().get("/settings").then().body("reminderLeadHours", equalTo(24))
                .body("birthdayGreetings", equalTo(true));
        studio.asOwner().body("{\"clientHistory\": true, \"reminderLeadHours\": 336, \"birthdayGreetings\": false}")
                .put("/settings").then().statusCode(200)
                .body("reminderLeadHours", equalTo(336)).body("birthdayGreetings", equalTo(false));
        studio.asOwner().body("{\"clientHistory\": true}").put("/settings").then().statusCode(200)
                .body("reminderLeadHours", equalTo(336)).body("birthdayGreetings", equalTo(false));
        studio.asOwner().body("{\"clientHistory\": true, \"reminderLeadHours\": 24, \"birthdayGreetings\": true}")
                .put("/settings").then().statusCode(200);
    }

    private static void leadHours(int hours) {
        studio.asOwner().body("{\"clientHistory\": true, \"reminderLeadHours\": " + hours + "}").put("/settings")
                .then().statusCode(200).body("reminderLeadHours", equalTo(hours));
    }

    private static long book(long client, LocalDateTime start) {
        return studio.asOwner().body("{\"clientId\": %d, \"sessionTypeId\": %d, \"start\": \"%s\"}"
                        .formatted(client, portrait, start))
                .post("/appointments").then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long clientWithConsent(String firstName, String lastName, String email, String language,
                                          String phone, boolean sms) {
        long id = Jobs.client(studio, ("{\"firstName\": \"%s\", \"lastName\": \"%s\", \"email\": \"%s\","
                + " \"preferredLanguage\": \"%s\"%s}").formatted(firstName, lastName, email, language,
                phone == null ? "" : ", \"phone\": \"" + phone + "\""));
        answer(studio, id, "data-processing", "{\"state\": \"GIVEN\", \"source\": \"IN_PERSON\", \"textVersion\": 1}");
        answer(studio, id, "appointment-updates", "{\"channel\": \"EMAIL\", \"state\": \"GIVEN\", \"source\": \"IN_PERSON\","
                + " \"textVersion\": 1}");
        if (sms) {
            answer(studio, id, "appointment-updates", "{\"channel\": \"sms\", \"state\": \"GIVEN\","
                    + " \"source\": \"IN_PERSON\", \"textVersion\": 1}");
        }
        return id;
    }
}
