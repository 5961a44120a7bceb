package de.stammkunde.it.client;

import de.stammkunde.it.DeployedPlatform;
import de.stammkunde.it.Tenants;
import de.stammkunde.it.Tenants.TestTenant;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** CSV import through the API: dry run row by row, all-or-nothing background import, filters on the result. */
class ClientImportIT extends DeployedPlatform {

    private static TestTenant studio;

    @BeforeAll
    static void tenant() {
        studio = Tenants.provision("import");
    }

    @Test
    void aDryRunNamesEachBadRowAndImportsNothing() {
        String csv = "Vorname;Nachname;E-Mail;Geburtstag\n"
                + "Lena;Trocken;lena.trocken@example.org;03.05.1991\n"
                + "Max;Trocken;kein-at-zeichen;\n"
                + ";Trocken;;31.02.1990\n";

        studio.asOwner().contentType("text/csv; charset=UTF-8").body(csv).post("/clients/import?dryRun=true").then()
                .statusCode(200)
                .body("rows", equalTo(3))
                .body("validRows", equalTo(1))
                .body("invalidRows", equalTo(2))
                .body("problems.findAll { it.line == 3 }.field", containsInAnyOrder("email"))
                .body("problems.findAll { it.line == 4 }.field", containsInAnyOrder("firstName", "birthday"))
                .body("mapping.email", equalTo("E-Mail"));

        studio.asOwner().contentType("text/csv; charset=UTF-8").body(csv).post("/clients/import").then()
                .statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("rows[3].email"));
        studio.asOwner().get("/clients?q=Trocken").then().body("total", equalTo(0));
    }

    @Test
    void aCleanFileIsImportedInTheBackgroundWithProgressAndHistory() {
        String csv = "Vorname;Nachname;E-Mail;Telefon;Schlagwörter;Geschlecht\n"
                + "Greta;Hintergrund;greta@example.org;+49 170 1111111;Import-Test, Hochzeit;w\n"
                + "Hans;Hintergrund;hans@example.org;+49 170 2222222;Import-Test;m\n";

        Response started = studio.asOwner().contentType("text/csv; charset=UTF-8").body(csv)
                .post("/clients/import?fileName=kunden.csv");
        started.then().statusCode(202)
                .header("Location", containsString("/clients/import/"))
                .body("totalRows", equalTo(2))
                .body("fileName", equalTo("kunden.csv"))
                .body("startedBy", equalTo("Test Owner"));
        String run = started.jsonPath().getString("id");

        awaitStatus(run, "DONE");
        studio.asOwner().get("/clients/import/" + run).then().body("doneRows", equalTo(2));
        studio.asOwner().get("/clients?tag=import-test&sort=firstName").then()
                .body("total", equalTo(2))
                .body("items.firstName", containsInAnyOrder("Greta", "Hans"))
                .body("items.find { it.firstName == 'Greta' }.gender", equalTo("FEMALE"))
                .body("items.find { it.firstName == 'Hans' }.phone", equalTo("+491702222222"));
        long greta = studio.asOwner().get("/clients?q=greta@example.org").jsonPath().getLong("items[0].id");
        studio.asOwner().get("/clients/" + greta + "/history").then()
                .body("[0].change", equalTo("CREATED"))
                .body("[0].actorName", equalTo("Test Owner"));
        studio.asOwner().get("/clients/tags").then().body("$", hasItem("Import-Test"));
    }

    @Test
    void aFileLargerThanOneBatchIsImportedCompletelyWithHistoryForEveryClient() throws Exception {
        StringBuilder csv = new StringBuilder("firstName,lastName,email,tags\n");
        for (int i = 0; i < 450; i++) {
            csv.append("Massen").append(i).append(",Import,massen").append(i).append("@example.org,Massenimport\n");
        }

        String run = studio.asOwner().contentType("text/csv; charset=UTF-8").body(csv.toString())
                .post("/clients/import").then().statusCode(202).extract().path("id").toString();

        awaitStatus(run, "DONE");
        studio.asOwner().get("/clients/import/" + run).then().body("doneRows", equalTo(450));
        studio.asOwner().get("/clients?tag=massenimport&size=1").then().body("total", equalTo(450));
        String schema = studio.schema();
        assertThat(de.stammkunde.it.Database.count("select count(distinct a.id) from " + schema + ".client_aud a join "
                + schema + ".client c on c.id = a.id where c.last_name = 'Import' and a.revtype = 0")).isEqualTo(450);
    }

    @Test
    void rowsMatchingExistingClientsAreReportedWithTheirName() {
        studio.asOwner().body("{\"firstName\": \"Ilse\", \"lastName\": \"Vorhanden\", \"email\": \"ilse@example.org\"}")
                .post("/clients").then().statusCode(201);

        studio.asOwner().contentType("text/csv; charset=UTF-8").body("first name,last name,email\nIlse,Nochmal,ILSE@example.org\n")
                .post("/clients/import?dryRun=true").then()
                .statusCode(200)
                .body("problems[0].line", equalTo(2))
                .body("problems[0].field", equalTo("email"))
                .body("problems[0].message", containsString("Ilse Vorhanden"));
    }

    @Test
    void columnsCanBeMatchedByHandAndBadMappingsOrFilesAreRefused() {
        String csv = "Kundin,Familie\nJule,Zugeordnet\n";
        studio.asOwner().contentType("text/csv; charset=UTF-8").body(csv).post("/clients/import?dryRun=true").then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("mapping.firstName", "mapping.lastName"));
        studio.asOwner().contentType("text/csv; charset=UTF-8").body(csv)
                .post("/clients/import?dryRun=true&map=firstName:Kundin&map=lastName:Familie").then()
                .statusCode(200)
                .body("validRows", equalTo(1));
        studio.asOwner().contentType("text/csv; charset=UTF-8").body(csv).post("/clients/import?dryRun=true&map=shoeSize:Kundin")
                .then().statusCode(400).body("errors[0].field", equalTo("map"));
        studio.asOwner().contentType("text/csv; charset=UTF-8")
                .body("Vorname;Nachname\nJ\u00fcrgen;M\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1))
                .post("/clients/import?dryRun=true").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("UTF-8"));
        studio.asOwner().get("/clients/import/999999").then().statusCode(404);
    }

    @Test
    void listsFilterByStatusAndTag() {
        studio.asOwner().body("{\"firstName\": \"Filter\", \"lastName\": \"Regular\", \"statusOverride\": \"REGULAR\","
                + " \"tags\": [\"Filter-Tag\"]}").post("/clients").then().statusCode(201);
        studio.asOwner().body("{\"firstName\": \"Filter\", \"lastName\": \"Neu\", \"tags\": [\"Filter-Tag\"]}")
                .post("/clients").then().statusCode(201);

        studio.asOwner().get("/clients?tag=filter-tag").then().body("total", equalTo(2));
        studio.asOwner().get("/clients?tag=filter-tag&status=regular").then()
                .body("total", equalTo(1)).body("items[0].lastName", equalTo("Regular"));
        studio.asOwner().get("/clients?tag=filter-tag&status=NEW").then()
                .body("total", equalTo(1)).body("items[0].lastName", equalTo("Neu"));
        studio.asOwner().accept("text/csv").get("/clients?tag=filter-tag&status=REGULAR").then()
                .statusCode(200).body(endsWith("\r\n"));
        assertThat(studio.asOwner().accept("text/csv").get("/clients?tag=filter-tag&status=REGULAR").asString()
                .split("\r\n")).hasSize(2);
        studio.asOwner().get("/clients?status=VIP").then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    private static void awaitStatus(String run, String expected) {
        long deadline = System.currentTimeMillis() + 30_000;
        String status = null;
        while (System.currentTimeMillis() < deadline) {
            status = studio.asOwner().get("/clients/import/" + run).then().statusCode(200).extract().path("status");
            if (!"RUNNING".equals(status)) {
                break;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(status).isEqualTo(expected);
    }
}
