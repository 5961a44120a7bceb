package de.stammkunde.it.client;

import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Staff keep client records through the API: validation, duplicates, optimistic locking, history, paging. */
class ClientApiIT extends DeployedPlatform {

    private static TestTenant studio;

    @BeforeAll
    static void tenant() {
        studio = Tenants.provision("clients");
    }

    @Test
    void updatesNeedTheCurrentVersionAndNeverOverwriteSilently() {
        Response created = create("""
                {"firstName": "Marie", "lastName": "Dupont", "email": "marie.dupont@example.org",
                 "phone": "+49 151 2345 678", "tags": ["Hochzeit"], "gender": "female"}""");
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        created.then().body("phone", equalTo("+491512345678")).body("gender", equalTo("FEMALE"));

        Response updated = studio.asOwner().header("If-Match", "\"0\"")
                .body("{\"firstName\": \"Marie\", \"lastName\": \"Martin\", \"email\": \"marie.martin@example.org\"}")
                .put("/clients/" + id);
        updated.then().statusCode(200).body("lastName", equalTo("Martin")).body("tags", hasSize(0));
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");

        studio.asOwner().header("If-Match", "\"0\"")
                .body("{\"firstName\": \"Marie\", \"lastName\": \"Overwritten\"}")
                .put("/clients/" + id).then()
                .statusCode(412)
                .body("code", equalTo("stale-version"))
                .body("errors[0].message", containsString("Test Owner"));
        studio.asOwner().body("{\"firstName\": \"Marie\", \"lastName\": \"NoVersion\"}")
                .put("/clients/" + id).then()
                .statusCode(428)
                .body("code", equalTo("precondition-required"));

        studio.asOwner().get("/clients/" + id).then().statusCode(200).body("lastName", equalTo("Martin"));
    }

    @Test
    void theHistoryShowsWhoChangedWhichFieldFromWhatToWhat() {
        long id = create("{\"firstName\": \"Jürgen\", \"lastName\": \"Müller\", \"city\": \"Köln\"}")
                .jsonPath().getLong("id");
        studio.asOwner().header("If-Match", "\"0\"")
                .body("{\"firstName\": \"Jürgen\", \"lastName\": \"Müller\", \"city\": \"Bonn\", \"notes\": \"Stammgast\"}")
                .put("/clients/" + id).then().statusCode(200);

        studio.asOwner().get("/clients/" + id + "/history").then()
                .statusCode(200)
                .body("change", contains("UPDATED", "CREATED"))
                .body("[0].actorKind", equalTo("STAFF"))
                .body("[0].actorName", equalTo("Test Owner"))
                .body("[0].changes.field", contains("city", "notes"))
                .body("[0].changes[0].oldValue", equalTo("Köln"))
                .body("[0].changes[0].newValue", equalTo("Bonn"))
                .body("[0].changes[1].oldValue", nullValue())
                .body("[1].changes.field", hasItems("firstName", "lastName", "city"));
    }

    @Test
    void refusesDuplicatesNamingTheExistingClient() {
        long existing = create("{\"firstName\": \"Paula\", \"lastName\": \"Erst\", \"phone\": \"+4917000000001\"}")
                .jsonPath().getLong("id");

        studio.asOwner().body("{\"firstName\": \"Paul\", \"lastName\": \"Zweit\", \"phone\": \"+49 170 000 000 01\"}")
                .post("/clients").then()
                .statusCode(409)
                .body("code", equalTo("client-duplicate"))
                .body("errors[0].field", equalTo("phone"))
                .body("errors[0].message", containsString("client " + existing + " (Paula Erst)"));
    }

    @Test
    void namesEveryBadFieldAndSavesNothing() {
        studio.asOwner().body("""
                {"firstName": "", "lastName": "Fehler", "email": "no-at-sign", "phone": "12345",
                 "birthday": "2999-01-01", "gender": "robot", "country": "Deutschland", "preferredLanguage": "fr"}""")
                .post("/clients").then()
                .statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItems("firstName", "email", "phone", "birthday", "gender", "country",
                        "preferredLanguage"));

        studio.asOwner().get("/clients?q=Fehler").then().body("total", equalTo(0));
    }

    @Test
    void searchTakesPercentAndUnderscoreLiterally() {
        create("{\"firstName\": \"Max\", \"lastName\": \"Unterstrich\", \"email\": \"max_muster@example.org\"}");
        create("{\"firstName\": \"Max\", \"lastName\": \"Ohnestrich\", \"email\": \"maxxmuster@example.org\"}");

        studio.asOwner().get("/clients?q=max_muster").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].lastName", equalTo("Unterstrich"));
        studio.asOwner().get("/clients?q=100%25").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void deletedClientsDisappearFromListsAndLookups() {
        long id = create("{\"firstName\": \"Weg\", \"lastName\": \"Gegangen\"}").jsonPath().getLong("id");

        studio.asOwner().delete("/clients/" + id).then().statusCode(204);

        studio.asOwner().get("/clients/" + id).then().statusCode(404).body("code", equalTo("client-not-found"));
        studio.asOwner().get("/clients?q=Gegangen").then().body("total", equalTo(0));
    }

    @Test
    void pagesAndSortsOnTheServer() {
        for (String name : new String[] {"Page-A", "Page-B", "Page-C", "Page-D", "Page-E"}) {
            create("{\"firstName\": \"Seite\", \"lastName\": \"" + name + "\"}");
        }

        studio.asOwner().get("/clients?q=page-&size=2&page=1&sort=lastName,desc").then()
                .statusCode(200)
                .body("total", equalTo(5))
                .body("items.lastName", contains("Page-C", "Page-B"));
    }

    @Test
    void exportsTheSearchedListAsCsvAndAnswersJsonByDefault() {
        create("{\"firstName\": \"Csv\", \"lastName\": \"Export, \\\"Eins\\\"\", \"tags\": [\"Export\"]}");
        create("{\"firstName\": \"Csv\", \"lastName\": \"Zwei\", \"email\": \"zwei@example.org\", \"tags\": [\"Export\"]}");

        Response csv = studio.asOwner().accept("text/csv").get("/clients?q=export&sort=lastName");
        csv.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"));
        String[] lines = csv.asString().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("id,firstName,lastName,email");
        assertThat(lines[1]).contains("Csv,\"Export, \"\"Eins\"\"\"");
        assertThat(lines[2]).contains("Csv,Zwei,zwei@example.org");

        studio.asOwner().get("/clients?q=export").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/json"))
                .body("total", equalTo(2));
    }

    private static Response create(String json) {
        Response response = studio.asOwner().body(json).post("/clients");
        response.then().statusCode(201);
        return response;
    }
}
