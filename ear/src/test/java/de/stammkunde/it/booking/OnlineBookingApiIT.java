package de.stammkunde.it.booking;

import de.stammkunde.it.Database;
import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.TestPlatform;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Online booking through the public API, without a token: free slots, booking for a new or an
 * existing client, double bookings (also ten at once), bad input, the privacy notice, unknown and
 * suspended businesses, the rate limit, and that a booking for one business never touches another.
 * Each business here takes at most the default limit of 10 bookings per IP address.
 */
class OnlineBookingApiIT extends DeployedPlatform {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static TestTenant studio;
    private static TestTenant other;
    private static long portrait;
    private static long otherPortrait;

    @BeforeAll
    static void tenants() {
        studio = Tenants.provision("booking");
        other = Tenants.provision("booking-other");
        portrait = sessionType(studio, "Porträt", 60);
        sessionType(studio, "Bewerbungsfoto", 30);
        studio.asOwner().body("{\"name\": \"Alt\", \"durationMinutes\": 30, \"defaultPriceCents\": 100,"
                + " \"active\": false}").post("/session-types").then().statusCode(201);
        otherPortrait = sessionType(other, "Porträt", 60);
    }

    @Test
    void offersTheFreeSlotsOfADayLeavingOutTakenAndPastOnes() {
        LocalDate day = inDays(2);
        publicApi(studio).queryParam("date", day.toString()).queryParam("sessionTypeId", portrait)
                .get("/booking").then().statusCode(200)
                .body("business", equalTo("Studio " + studio.slug()))
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("date", equalTo(day.toString()))
                .body("sessionTypes.name", contains("Bewerbungsfoto", "Porträt"))
                .body("slots", hasSize(17))
                .body("slots[0].localStart", startsWith(day + "T09:00"))
                .body("slots[16].localStart", startsWith(day + "T17:00"));

        book(studio, portrait, day + "T10:00", "Paula", "Plan", "paula@example.org", null, null).then().statusCode(201);
        long staffBooked = studio.asOwner().body("{\"clientId\": %d, \"sessionTypeId\": %d, \"start\": \"%sT15:00\"}"
                .formatted(aClient(studio, "Stefan", "Staff"), portrait, day)).post("/appointments")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        List<String> starts = publicApi(studio).queryParam("date", day.toString())
                .queryParam("sessionTypeId", portrait).get("/booking").then().statusCode(200)
                .extract().jsonPath().getList("slots.localStart");
        assertThat(starts).anyMatch(s -> s.startsWith(day + "T09:00")).anyMatch(s -> s.startsWith(day + "T11:00"))
                .noneMatch(s -> s.startsWith(day + "T09:30") || s.startsWith(day + "T10:00")
                        || s.startsWith(day + "T10:30"))
                .noneMatch(s -> s.startsWith(day + "T14:30") || s.startsWith(day + "T15:00"))
                .hasSize(17 - 3 - 3);

        studio.asOwner().post("/appointments/" + staffBooked + "/cancel").then().statusCode(200);
        publicApi(studio).queryParam("date", day.toString()).queryParam("sessionTypeId", portrait)
                .get("/booking").then().statusCode(200).body("slots", hasSize(17 - 3));
        publicApi(studio).queryParam("date", inDays(-1).toString()).get("/booking").then().statusCode(200)
                .body("sessionTypeId", notNullValue())
                .body("slots", empty());
    }

    @Test
    void aBookingCreatesTheClientAndABookedOnlineAppointmentAndReportsAnUnknownReferralCode() throws Exception {
        LocalDate day = inDays(3);
        Response booked = book(studio, portrait, day + "T11:00", "Nina", "Neu", "nina.neu@example.org",
                "+49 151 2222 3333", "NOPE1");
        booked.then().statusCode(201)
                .body("status", equalTo("BOOKED"))
                .body("sessionTypeName", equalTo("Porträt"))
                .body("start", equalTo(day.atTime(11, 0).atZone(BERLIN).toInstant().toString()))
                .body("localStart", startsWith(day + "T11:00"))
                .body("referralCode.given", equalTo("NOPE1"))
                .body("referralCode.known", equalTo(false))
                .body("clientId", nullValue());
        long id = booked.jsonPath().getLong("appointmentId");

        Response appointment = studio.asOwner().get("/appointments/" + id);
        appointment.then().statusCode(200)
                .body("status", equalTo("BOOKED"))
                .body("source", equalTo("ONLINE"))
                .body("referralCode", equalTo("NOPE1"))
                .body("clientName", equalTo("Nina Neu"))
                .body("priceCents", equalTo(12900));
        studio.asOwner().get("/clients/" + appointment.jsonPath().getLong("clientId")).then().statusCode(200)
                .body("email", equalTo("nina.neu@example.org"))
                .body("phone", equalTo("+4915122223333"));
        studio.asOwner().get("/appointments/" + id + "/transitions").then().statusCode(200)
                .body("to", contains("BOOKED"))
                .body("[0].actorKind", equalTo("CLIENT"))
                .body("[0].actorName", equalTo("Online booking"));
        assertThat(Database.count("select count(*) from " + studio.schema() + ".appointment where id = " + id
                + " and source = 'ONLINE' and privacy_notice_acknowledged_at is not null")).isEqualTo(1);
    }

    @Test
    void anExistingClientIsMatchedByEmailOrPhoneAndKeepsTheirData() {
        long anna = studio.asOwner().body("{\"firstName\": \"Anna\", \"lastName\": \"Alt\","
                        + " \"email\": \"anna.alt@example.org\", \"phone\": \"+4915100000001\"}")
                .post("/clients").then().statusCode(201).extract().jsonPath().getLong("id");
        LocalDate day = inDays(4);

        long byEmail = book(studio, portrait, day + "T09:00", "Anne", "Neu", "ANNA.ALT@example.org", null, null)
                .then().statusCode(201).extract().jsonPath().getLong("appointmentId");
        long byPhone = book(studio, portrait, day + "T12:00", "Anna", "Alt", "anna.neu@example.org",
                "+49 151 0000 0001", null).then().statusCode(201).extract().jsonPath().getLong("appointmentId");

        studio.asOwner().get("/appointments/" + byEmail).then().body("clientId", equalTo((int) anna));
        studio.asOwner().get("/appointments/" + byPhone).then().body("clientId", equalTo((int) anna));
        studio.asOwner().get("/clients/" + anna).then().statusCode(200)
                .body("firstName", equalTo("Anna"))
                .body("lastName", equalTo("Alt"))
                .body("email", equalTo("anna.alt@example.org"));
    }

    @Test
    void aTakenOrOverlappingSlotIsRefusedWithSlotTaken() {
        LocalDate day = inDays(5);
        book(studio, portrait, day + "T14:00", "Erik", "Erster", "erik@example.org", null, null)
                .then().statusCode(201);
        book(studio, portrait, day + "T14:30", "Zora", "Zweite", "zora@example.org", null, null)
                .then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("slot-taken"))
                .body("status", equalTo(409));
        studio.asOwner().queryParam("from", day.toString()).queryParam("to", day.toString()).get("/appointments")
                .then().statusCode(200).body("items.clientName", contains("Erik Erster"));
    }

    @Test
    void badInputIsRefusedNamingEveryField() {
        publicApi(studio).body("""
                        {"firstName": "", "email": "not-an-email", "phone": "12", "sessionTypeId": 999999,
                         "start": "tomorrow", "referralCode": "%s", "privacyNoticeAccepted": false}"""
                        .formatted("X".repeat(51)))
                .post("/bookings").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItems("firstName", "lastName", "email", "phone", "sessionTypeId", "start",
                        "referralCode", "privacyNoticeAccepted"));
        publicApi(studio).queryParam("date", "14.03.2026").get("/booking").then().statusCode(400)
                .body("errors.field", contains("date"));
        publicApi(studio).queryParam("sessionTypeId", "abc").get("/booking").then().statusCode(400)
                .body("errors.field", contains("sessionTypeId"));
        publicApi(studio).queryParam("sessionTypeId", otherPortrait + 1000).get("/booking").then().statusCode(400)
                .body("errors.field", contains("sessionTypeId"));
    }

    @Test
    void aBookingWithoutThePrivacyNoticeAcknowledgedIsRefusedAndBooksNothing() {
        LocalDate day = inDays(6);
        publicApi(studio).body("""
                        {"firstName": "Pia", "lastName": "Privat", "email": "pia@example.org", "sessionTypeId": %d,
                         "start": "%sT09:00"}""".formatted(portrait, day))
                .post("/bookings").then().statusCode(400)
                .body("errors.field", contains("privacyNoticeAccepted"));
        studio.asOwner().queryParam("from", day.toString()).queryParam("to", day.toString()).get("/appointments")
                .then().statusCode(200).body("items", empty());
        studio.asOwner().queryParam("q", "pia@example.org").get("/clients").then().statusCode(200)
                .body("items.email", not(hasItem("pia@example.org")));
    }

    @Test
    void aBookingForOneBusinessNeverTouchesAnother() {
        LocalDate day = inDays(7);
        book(studio, portrait, day + "T16:00", "Cora", "Cross", "cora@example.org", null, null).then().statusCode(201);

        publicApi(other).queryParam("date", day.toString()).get("/booking").then().statusCode(200)
                .body("business", equalTo("Studio " + other.slug()))
                .body("sessionTypes.name", contains("Porträt"))
                .body("slots", hasSize(17));
        other.asOwner().queryParam("from", day.toString()).queryParam("to", day.toString()).get("/appointments")
                .then().statusCode(200).body("items", empty());
        other.asOwner().get("/clients").then().statusCode(200).body("items.email", not(hasItem("cora@example.org")));

        book(other, otherPortrait, day + "T16:00", "Cora", "Cross", "cora@example.org", null, null)
                .then().statusCode(201);
        studio.asOwner().queryParam("from", day.toString()).queryParam("to", day.toString()).get("/appointments")
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void anUnknownBusinessIsNotFoundAndASuspendedOneIsForbidden() {
        RestAssured.given().baseUri(TestPlatform.apiUrl()).get("/v1/public/no-such-studio-x1/booking")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("tenant-not-found"));
        RestAssured.given().baseUri(TestPlatform.apiUrl()).contentType("application/json").body("{}")
                .post("/v1/public/no-such-studio-x1/bookings").then().statusCode(404)
                .body("code", equalTo("tenant-not-found"));

        TestTenant paused = Tenants.provision("booking-paused");
        long type = sessionType(paused, "Porträt", 60);
        Tenants.asOperator().post("/v1/operator/tenants/" + paused.slug() + "/suspend").then().statusCode(200);
        publicApi(paused).get("/booking").then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("tenant-suspended"));
        book(paused, type, inDays(2) + "T10:00", "Sam", "Sperre", "sam@example.org", null, null)
                .then().statusCode(403).body("code", equalTo("tenant-suspended"));
        Tenants.asOperator().post("/v1/operator/tenants/" + paused.slug() + "/resume").then().statusCode(200);
        publicApi(paused).get("/booking").then().statusCode(200).body("sessionTypes.name", contains("Porträt"));
    }

    @Test
    void tenConcurrentBookingsOfOneSlotMakeOneAppointmentAndAnEleventhBookingIsRateLimited() throws Exception {
        TestTenant rush = Tenants.provision("booking-rush");
        long type = sessionType(rush, "Porträt", 60);
        LocalDate day = inDays(2);
        int callers = 10;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch ready = new CountDownLatch(callers);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Response>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                int n = i;
                Callable<Response> attempt = () -> {
                    ready.countDown();
                    ready.await();
                    return book(rush, type, day + (n % 2 == 0 ? "T10:00" : "T10:30"), "Rasch" + n, "Renner",
                            "rasch" + n + "@example.org", null, null);
                };
                results.add(pool.submit(attempt));
            }
            for (Future<Response> result : results) {
                Response response = result.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 409) {
                    assertThat(response.jsonPath().getString("code")).isEqualTo("slot-taken");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(callers - 1);
        assertThat(Database.count("select count(*) from " + rush.schema() + ".appointment")).isEqualTo(1);

        Response limited = book(rush, type, day + "T15:00", "Lena", "Limit", "lena@example.org", null, null);
        limited.then().statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("too-many-requests"));
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 601);
        assertThat(Database.count("select count(*) from " + rush.schema() + ".appointment")).isEqualTo(1);
        publicApi(studio).get("/booking").then().statusCode(200);

        int allowed = 60;
        for (int i = 0; i < allowed; i++) {
            publicApi(rush).get("/booking").then().statusCode(200);
        }
        publicApi(rush).get("/booking").then().statusCode(429).header("Retry-After", notNullValue());
    }

    private static RequestSpecification publicApi(TestTenant tenant) {
        return RestAssured.given().baseUri(TestPlatform.apiUrl() + "/v1/public/" + tenant.slug())
                .contentType("application/json");
    }

    private static Response book(TestTenant tenant, long sessionTypeId, String start, String firstName,
                                 String lastName, String email, String phone, String referralCode) {
        return publicApi(tenant).body("""
                        {"firstName": "%s", "lastName": "%s", "email": "%s", "phone": %s, "sessionTypeId": %d,
                         "start": "%s", "referralCode": %s, "privacyNoticeAccepted": true}"""
                        .formatted(firstName, lastName, email, json(phone), sessionTypeId, start, json(referralCode)))
                .post("/bookings");
    }

    private static String json(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static long sessionType(TestTenant tenant, String name, int minutes) {
        return tenant.asOwner().body(("{\"name\": \"%s\", \"durationMinutes\": %d, \"defaultPriceCents\": 12900,"
                        + " \"active\": true}").formatted(name, minutes))
                .post("/session-types").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long aClient(TestTenant tenant, String firstName, String lastName) {
        return tenant.asOwner().body("{\"firstName\": \"%s\", \"lastName\": \"%s\"}".formatted(firstName, lastName))
                .post("/clients").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static LocalDate inDays(int days) {
        return LocalDate.now(BERLIN).plusDays(days);
    }
}
