package de.stammkunde.it.loyalty;

import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.TestPlatform;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Referrals end to end through the API: a friend books online with the referrer's code, and when
 * the friend's first session is confirmed the referrer gets the referral points and the friend the
 * welcome bonus, once; the guards refuse self-referral and a second referrer; the monthly cap holds.
 */
class ReferralIT extends DeployedPlatform {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void paulRefersSophieWhoBooksOnlineWithHisCodeAndBothGetTheirPointsOnceOnHerFirstConfirmedSession() {
        LoyaltyProgram program = LoyaltyProgram.seeded("referral-a");
        long paul = program.client("Paul", "Martin");
        program.paid(paul, 35000);
        assertThat(program.balance(paul)).isEqualTo(350);
        assertThat(program.studio.asOwner().get("/clients/" + paul + "/referral-code").jsonPath().getString("code"))
                .isEqualTo("PAUL-MARTIN");

        LocalDate day = LocalDate.now(BERLIN).plusDays(6);
        Response booked = book(program, "Sophie", "Weber", LoyaltyProgram.address("sophie"), program.family,
                day + "T10:00", "paul-martin");
        booked.then().statusCode(201).body("referralCode.known", equalTo(true))
                .body("referralCode.outcome", equalTo("REGISTERED"));
        long appointment = booked.jsonPath().getLong("appointmentId");
        long sophie = program.studio.asOwner().get("/appointments/" + appointment).jsonPath().getLong("clientId");
        program.studio.asOwner().get("/clients/" + sophie + "/referrals").then().statusCode(200)
                .body("[0].referrerId", equalTo((int) paul)).body("[0].source", equalTo("BOOKING"))
                .body("[0].outcome", org.hamcrest.Matchers.nullValue())
                .body("[0].referrerPoints", org.hamcrest.Matchers.nullValue());

        program.paid(sophie, 7500);
        assertThat(program.balance(paul)).as("nothing before the session is confirmed").isEqualTo(350);
        program.studio.asOwner().post("/appointments/" + appointment + "/confirm").then().statusCode(200);

        assertThat(program.balance(paul)).isEqualTo(380);
        assertThat(program.balance(sophie)).as("10 welcome + 75 payment + 75 session").isEqualTo(160);
        assertThat(program.rewards(sophie)).containsExactly("Promocode 10 €");
        List<Map<String, Object>> paulsLedger = program.ledger(paul);
        assertThat(paulsLedger.get(0)).containsEntry("source", "REFERRAL").containsEntry("points", 30)
                .containsEntry("linkedType", "referral");
        assertThat((String) paulsLedger.get(0).get("description")).contains("Sophie Weber");
        assertThat(program.ledger(sophie)).extracting(e -> e.get("source")).contains("WELCOME");
        program.studio.asOwner().get("/clients/" + paul + "/referrals").then()
                .body("[0].referredId", equalTo((int) sophie)).body("[0].outcome", equalTo("REWARDED"))
                .body("[0].referrerPoints", equalTo(30)).body("[0].welcomePoints", equalTo(10));

        program.confirmed(sophie, program.portrait, day.plusDays(1) + "T10:00");
        assertThat(program.balance(paul)).as("later sessions award the referrer nothing").isEqualTo(380);
        assertThat(program.balance(sophie)).isEqualTo(210);
        program.reconciled();
    }

    @Test
    void selfReferralASecondReferrerAndUnknownCodesAreRefusedClearlyAndTheMonthlyCapHolds() {
        LoyaltyProgram program = LoyaltyProgram.seeded("referral-b");
        String email = LoyaltyProgram.address("paula");
        long paula = program.client("Paula", "Pate", email);
        long friend = program.client("Frieda", "Freund");
        long other = program.client("Olaf", "Other");

        program.studio.asOwner().body("{\"referredClientId\": %d}".formatted(paula))
                .post("/clients/" + paula + "/referrals").then().statusCode(409).body("code", equalTo("self-referral"));
        program.studio.asOwner().body("{}").post("/clients/" + paula + "/referrals").then().statusCode(400);
        program.studio.asOwner().body("{\"referredClientId\": %d}".formatted(friend))
                .post("/clients/" + paula + "/referrals").then().statusCode(201)
                .body("referrerId", equalTo((int) paula)).body("referredId", equalTo((int) friend))
                .body("source", equalTo("STAFF")).body("createdBy", equalTo("Test Owner"));
        program.studio.asOwner().body("{\"referredClientId\": %d}".formatted(friend))
                .post("/clients/" + other + "/referrals").then().statusCode(409).body("code", equalTo("already-referred"));

        LocalDate day = LocalDate.now(BERLIN).plusDays(7);
        book(program, "Paula", "Pate", email, program.portrait, day + "T09:00", "PAULA-PATE").then().statusCode(201)
                .body("referralCode.known", equalTo(true)).body("referralCode.outcome", equalTo("SELF_REFERRAL"));
        book(program, "Nora", "Neu", LoyaltyProgram.address("nora"), program.portrait, day + "T11:00", "NOBODY-1")
                .then().statusCode(201).body("referralCode.known", equalTo(false))
                .body("referralCode.outcome", equalTo("UNKNOWN_CODE"));

        program.studio.asOwner().body("{\"monthlyCap\": 1, \"referrerPoints\": 40}").put("/referral/settings").then()
                .statusCode(200).body("monthlyCap", equalTo(1)).body("referrerPoints", equalTo(40));
        long second = program.client("Sven", "Zweiter");
        program.studio.asOwner().body("{\"referredClientId\": %d}".formatted(second))
                .post("/clients/" + paula + "/referrals").then().statusCode(201);
        program.confirmed(friend, program.portrait, day + "T13:00");
        program.confirmed(second, program.portrait, day + "T15:00");
        assertThat(program.balance(paula)).as("one referral award this month").isEqualTo(40);
        assertThat(program.balance(second)).as("the friend's welcome bonus stays").isEqualTo(60);
        program.studio.asOwner().get("/clients/" + paula + "/referrals").then()
                .body("find { it.referredId == %d }.outcome".formatted(second), equalTo("CAPPED"))
                .body("find { it.referredId == %d }.referrerPoints".formatted(second), org.hamcrest.Matchers.nullValue())
                .body("find { it.referredId == %d }.welcomePoints".formatted(second), equalTo(10))
                .body("find { it.referredId == %d }.outcome".formatted(friend), equalTo("REWARDED"));
        program.reconciled();
    }

    private static Response book(LoyaltyProgram program, String first, String last, String email, long type,
                                 String start, String code) {
        return RestAssured.given().baseUri(TestPlatform.apiUrl() + "/v1/public/" + program.studio.slug())
                .contentType("application/json").body("""
                        {"firstName": "%s", "lastName": "%s", "email": "%s", "sessionTypeId": %d, "start": "%s",
                         "referralCode": "%s", "privacyNoticeAccepted": true}""".formatted(first, last, email, type,
                        start, code))
                .post("/bookings");
    }
}
