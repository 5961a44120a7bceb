package de.stammkunde.it.appointment;

import de.stammkunde.it.Database;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.TestPlatform;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Appointments through the API: booking, the status rules with their log and domain events,
 * moving, validation naming every bad field, the calendar list in the business's time zone, and
 * concurrent confirmations.
 */
class AppointmentApiIT extends DeployedPlatform {

    private static TestTenant studio;
    private static String ownerSubject;
    private static long portrait;
    private static long archived;
    private static long marie;

    @BeforeAll
    static void tenant() {
        studio = Tenants.provision("appointments");
        ownerSubject = RestAssured.given().baseUri(TestPlatform.apiUrl()).auth().oauth2(studio.ownerToken())
                .get("/v1/me").then().statusCode(200).extract().path("subject");
        portrait = sessionType("Porträt", 60, 12900, true);
        archived = sessionType("Alt", 30, 1000, false);
        marie = client("Marie", "Termin");
    }

    @Test
    void aBookedAppointmentIsConfirmedAndCompletedAndEachStepIsLoggedOnce() throws SQLException {
        Response booked = studio.asOwner()
                .body("{\"clientId\": %d, \"sessionTypeId\": %d, \"start\": \"2026-05-04T10:00\"}".formatted(marie, portrait))
                .post("/appointments");
        booked.then().statusCode(201)
                .body("status", equalTo("BOOKED"))
                .body("clientName", equalTo("Marie Termin"))
                .body("sessionTypeName", equalTo("Porträt"))
                .body("start", equalTo("2026-05-04T08:00:00Z"))
                .body("end", equalTo("2026-05-04T09:00:00Z"))
                .body("localStart", startsWith("2026-05-04T10:00"))
                .body("staffSubject", equalTo(ownerSubject))
                .body("staffName", equalTo(studio.ownerEmail()))
                .body("priceCents", equalTo(12900));
        long id = booked.jsonPath().getLong("id");

        step(id, "confirm").then().statusCode(200).body("status", equalTo("CONFIRMED"));
        step(id, "confirm").then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("transition-not-allowed"));
        step(id, "complete").then().statusCode(200).body("status", equalTo("COMPLETED"));
        step(id, "cancel").then().statusCode(409).body("code", equalTo("transition-not-allowed"));
        step(id, "no-show").then().statusCode(409).body("code", equalTo("transition-not-allowed"));

        studio.asOwner().get("/appointments/" + id + "/transitions").then().statusCode(200)
                .body("to", contains("BOOKED", "CONFIRMED", "COMPLETED"))
                .body("from", contains(null, "BOOKED", "CONFIRMED"))
                .body("[1].actorKind", equalTo("STAFF"))
                .body("[1].actorId", equalTo(ownerSubject))
                .body("[1].actorName", equalTo("Test Owner"));
        assertThat(events(id)).containsExactlyInAnyOrder("appointment:" + id + ":booked:appointment.booked",
                "appointment:" + id + ":completed:appointment.completed",
                "appointment:" + id + ":confirmed:appointment.confirmed");
    }

    @Test
    void cancellingAConfirmedSessionRaisesConfirmedCancelledAnUnconfirmedOneOnlyCancelled() throws SQLException {
        long confirmed = book("2026-05-05T10:00");
        step(confirmed, "confirm").then().statusCode(200);
        step(confirmed, "cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
        long booked = book("2026-05-05T12:00");
        step(booked, "cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
        long missed = book("2026-05-05T14:00");
        step(missed, "no-show").then().statusCode(200).body("status", equalTo("NO_SHOW"));

        assertThat(events(confirmed)).containsExactlyInAnyOrder(
                "appointment:" + confirmed + ":booked:appointment.booked",
                "appointment:" + confirmed + ":confirmed:appointment.confirmed",
                "appointment:" + confirmed + ":confirmed-cancelled:appointment.confirmed-cancelled",
                "appointment:" + confirmed + ":cancelled:appointment.cancelled");
        assertThat(events(booked)).as("no confirmed-cancelled (loyalty has nothing to reverse), but a cancellation notice")
                .containsExactlyInAnyOrder("appointment:" + booked + ":booked:appointment.booked",
                        "appointment:" + booked + ":cancelled:appointment.cancelled");
        assertThat(events(missed)).containsExactly("appointment:" + missed + ":booked:appointment.booked");
    }

    @Test
    void twentyConcurrentConfirmationsMakeOneTransitionAndOneEvent() throws Exception {
        long id = book("2026-05-06T10:00");
        int callers = 20;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch ready = new CountDownLatch(callers);
        try {
            List<Future<Response>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Callable<Response> confirm = () -> {
                    ready.countDown();
                    ready.await();
                    return step(id, "confirm");
                };
                results.add(pool.submit(confirm));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> result : results) {
                Response response = result.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 409) {
                    assertThat(response.jsonPath().getString("code")).isEqualTo("transition-not-allowed");
                }
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(callers - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Database.count("select count(*) from " + studio.schema() + ".appointment_transition where appointment_id = "
                + id + " and to_status = 'CONFIRMED'")).isEqualTo(1);
        assertThat(Database.count("select count(*) from " + studio.schema() + ".domain_event where subject_type = 'appointment'"
                + " and subject_id = " + id + " and type = 'appointment.confirmed'")).isEqualTo(1);
        studio.asOwner().get("/appointments/" + id).then().body("status", equalTo("CONFIRMED"));
    }

    @Test
    void anAppointmentAtHalfPastMidnightInBerlinLandsOnItsBerlinDay() {
        long local = book("2026-03-15T00:30");
        long utc = studio.asOwner().body("{\"clientId\": %d, \"sessionTypeId\": %d, \"start\": \"2026-03-14T23:45:00Z\"}"
                .formatted(marie, portrait)).post("/appointments").then().statusCode(201).extract().jsonPath().getLong("id");

        studio.asOwner().get("/appointments/" + local).then()
                .body("start", equalTo("2026-03-14T23:30:00Z"))
                .body("day", equalTo("2026-03-15"))
                .body("localStart", startsWith("2026-03-15T00:30"));
        studio.asOwner().get("/appointments?from=2026-03-15").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains((int) local, (int) utc))
                .body("items.day", contains("2026-03-15", "2026-03-15"));
        studio.asOwner().get("/appointments?from=2026-03-14&to=2026-03-14").then().statusCode(200)
                .body("total", equalTo(0));
        studio.asOwner().get("/appointments?from=2026-03-09&to=2026-03-15").then()
                .body("total", equalTo(2));
    }

    @Test
    void theCalendarListFiltersByStaffAndStatusAndPages() {
        long first = book("2026-06-01T09:00");
        long second = book("2026-06-02T09:00");
        long third = book("2026-06-03T09:00");
        step(second, "confirm").then().statusCode(200);

        studio.asOwner().get("/appointments?from=2026-06-01&to=2026-06-07&size=2&page=0").then()
                .body("total", equalTo(3)).body("items.id", contains((int) first, (int) second));
        studio.asOwner().get("/appointments?from=2026-06-01&to=2026-06-07&size=2&page=1").then()
                .body("items.id", contains((int) third));
        studio.asOwner().get("/appointments?from=2026-06-01&to=2026-06-07&status=confirmed").then()
                .body("items.id", contains((int) second));
        studio.asOwner().get("/appointments?from=2026-06-01&to=2026-06-07&staff=" + ownerSubject).then()
                .body("total", equalTo(3));
        studio.asOwner().get("/appointments?from=2026-06-01&to=2026-06-07&staff=somebody-else").then()
                .body("total", equalTo(0));
        studio.asOwner().get("/appointments?from=14.03.2026&to=2026-99-01&status=lost&size=0").then()
                .statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors.field", contains("from", "to", "status", "size"));
    }

    @Test
    void movingNeedsTheCurrentVersionAndAnOpenAppointment() {
        long id = book("2026-07-01T10:00");
        String moved = "{\"clientId\": %d, \"sessionTypeId\": %d, \"start\": \"2026-07-02T15:30\", \"end\": \"2026-07-02T17:00\"}"
                .formatted(marie, portrait);

        studio.asOwner().body(moved).put("/appointments/" + id).then().statusCode(428);
        studio.asOwner().header("If-Match", "\"0\"").body(moved).put("/appointments/" + id).then()
                .statusCode(200)
                .body("localStart", startsWith("2026-07-02T15:30"))
                .body("localEnd", startsWith("2026-07-02T17:00"))
                .body("status", equalTo("BOOKED"));
        studio.asOwner().header("If-Match", "\"0\"").body(moved).put("/appointments/" + id).then()
                .statusCode(409).body("code", equalTo("appointment-changed"));

        step(id, "cancel").then().statusCode(200);
        studio.asOwner().header("If-Match", "\"2\"").body(moved).put("/appointments/" + id).then()
                .statusCode(409).body("code", equalTo("appointment-closed"));
    }

    @Test
    void namesEveryBadFieldAndBooksNothing() {
        studio.asOwner().body("{}").post("/appointments").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("clientId", "sessionTypeId", "start"));
        studio.asOwner().body("{\"clientId\": 1, \"sessionTypeId\": 1, \"start\": \"morgen früh\", \"end\": \"bald\"}")
                .post("/appointments").then()
                .statusCode(400)
                .body("errors.field", contains("start", "end"));

        long gone = client("Weg", "Gelöscht");
        studio.asOwner().delete("/clients/" + gone).then().statusCode(204);
        studio.asOwner().body("""
                        {"clientId": %d, "sessionTypeId": %d, "start": "2026-08-01T10:00", "end": "2026-08-01T09:00",
                         "staffSubject": "not-a-member"}""".formatted(gone, archived))
                .post("/appointments").then()
                .statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItems("clientId", "sessionTypeId", "end", "staffSubject"));

        studio.asOwner().get("/appointments?from=2026-08-01").then().body("total", equalTo(0));
        studio.asOwner().get("/appointments/999999").then().statusCode(404).body("code", equalTo("appointment-not-found"));
        step(999999, "confirm").then().statusCode(404).body("code", equalTo("appointment-not-found"));
    }

    @Test
    void anyStaffMemberManagesAppointments() throws SQLException {
        Roles.set(studio, "STAFF");
        try {
            long id = book("2026-09-01T10:00");
            step(id, "confirm").then().statusCode(200).body("status", equalTo("CONFIRMED"));
            studio.asOwner().get("/appointments/" + id).then().statusCode(200).body("notes", nullValue());
        } finally {
            Roles.set(studio, "OWNER");
        }
    }

    @Test
    void anotherBusinessFindsNoneOfTheseAppointmentsAndCannotStepThem() {
        long id = book("2026-10-01T10:00");
        TestTenant other = Tenants.provision("appointments-other");

        other.asOwner().get("/appointments/" + id).then().statusCode(404).body("code", equalTo("appointment-not-found"));
        other.asOwner().get("/appointments?from=2026-10-01").then().statusCode(200).body("total", equalTo(0));
        other.asOwner().post("/appointments/" + id + "/confirm").then().statusCode(404);
        other.asOwner().body("{\"clientId\": %d, \"sessionTypeId\": %d, \"start\": \"2026-10-01T11:00\"}"
                        .formatted(marie, portrait))
                .post("/appointments").then()
                .statusCode(400).body("errors.field", hasItems("clientId", "sessionTypeId"));

        studio.asOwner().get("/appointments/" + id).then().statusCode(200).body("status", equalTo("BOOKED"));
    }

    private static Response step(long id, String action) {
        return studio.asOwner().post("/appointments/" + id + "/" + action);
    }

    private static long book(String localStart) {
        return studio.asOwner().body("{\"clientId\": %d, \"sessionTypeId\": %d, \"start\": \"%s\"}"
                        .formatted(marie, portrait, localStart))
                .post("/appointments").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long sessionType(String name, int minutes, long cents, boolean active) {
        return studio.asOwner().body("{\"name\": \"%s\", \"durationMinutes\": %d, \"defaultPriceCents\": %d, \"active\": %s}"
                        .formatted(name, minutes, cents, active))
                .post("/session-types").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long client(String firstName, String lastName) {
        return studio.asOwner().body("{\"firstName\": \"%s\", \"lastName\": \"%s\"}".formatted(firstName, lastName))
                .post("/clients").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The appointment's domain events as "dedup key:type", by key. */
    private static List<String> events(long id) throws SQLException {
        List<String> events = new ArrayList<>();
        try (var connection = Database.connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select dedup_key || ':' || type from " + studio.schema()
                     + ".domain_event where subject_type = 'appointment' and subject_id = " + id + " order by dedup_key")) {
            while (rows.next()) {
                events.add(rows.getString(1));
            }
        }
        return events;
    }
}
