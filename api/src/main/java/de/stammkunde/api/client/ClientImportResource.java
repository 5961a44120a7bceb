package de.stammkunde.api.client;

import de.stammkunde.client.application.ClientImportFile;
import de.stammkunde.client.application.ClientImportView;
import de.stammkunde.client.application.ClientImports;
import de.stammkunde.client.application.ImportField;
import de.stammkunde.shared.error.Invalid;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** CSV import of clients: dry run, background import, progress. */
@Path("v1/tenants/{tenant}/clients/import")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class ClientImportResource {

    @Inject
    ClientImports imports;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import clients from CSV",
            description = "UTF-8 CSV with a header row (comma, semicolon or tab). Columns are matched to fields by"
                    + " their header (German or English names) unless map=field:column says otherwise."
                    + " dryRun=true reports every bad row and changes nothing. Otherwise a file without bad rows"
                    + " is imported in the background (202, Location of the run); a file with bad rows is"
                    + " refused with 400 naming each row (rows[n].field); nothing is half-imported.")
    public Response importClients(byte[] content, @QueryParam("dryRun") boolean dryRun,
                                  @QueryParam("map") List<String> map, @QueryParam("fileName") String fileName,
                                  @Context UriInfo uriInfo) {
        ClientImportFile file = ClientImportFile.parse(content);
        Map<ImportField, String> mapping = mapping(file, map);
        if (dryRun) {
            return Response.ok(imports.dryRun(file, mapping)).build();
        }
        ClientImportView run = imports.start(file, mapping, fileName == null || fileName.isBlank() ? "api.csv"
                : fileName.strip());
        return Response.accepted(run)
                .location(uriInfo.getAbsolutePathBuilder().replaceQuery(null).path(String.valueOf(run.id())).build())
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An import run", description = "Status RUNNING, DONE or FAILED, rows done of rows in the file")
    public ClientImportView run(@PathParam("id") long id) {
        return imports.run(id);
    }

    /** The guessed mapping, changed by each {@code field:column} (an empty column unmaps the field). */
    private static Map<ImportField, String> mapping(ClientImportFile file, List<String> map) {
        Map<ImportField, String> mapping = file.guessMapping();
        List<Invalid.Violation> violations = new ArrayList<>();
        for (String entry : map == null ? List.<String>of() : map) {
            int colon = entry.indexOf(':');
            var field = colon < 0 ? java.util.Optional.<ImportField>empty()
                    : ImportField.byKey(entry.substring(0, colon).strip());
            if (field.isEmpty()) {
                violations.add(new Invalid.Violation("map", "'" + entry + "' is not field:column with a known field"));
                continue;
            }
            String column = entry.substring(colon + 1).strip();
            if (column.isEmpty()) {
                mapping.remove(field.get());
            } else {
                mapping.put(field.get(), column);
            }
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return mapping;
    }
}
