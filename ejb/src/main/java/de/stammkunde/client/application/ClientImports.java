package de.stammkunde.client.application;

import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.tenancy.domain.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CSV import of clients: a dry run reports every bad row; a real import of a file without bad
 * rows runs in the background, all rows in one transaction, so it either imports every row or
 * none.
 */
@Stateless
public class ClientImports {

    @Inject
    ClientService clients;

    @Inject
    ClientImportRuns runs;

    @Inject
    ClientImportWorker worker;

    @Inject
    Clock clock;

    /** What importing the file with this mapping would do; changes nothing. */
    public ImportReport dryRun(ClientImportFile file, Map<ImportField, String> mapping) {
        return ImportReport.of(checked(file, mapping), file.headers(), keys(mapping));
    }

    /** Starts the import of a file that has no bad rows; a file with bad rows is refused, row by row. */
    public ClientImportView start(ClientImportFile file, Map<ImportField, String> mapping, String fileName) {
        List<ImportLine> lines = checked(file, mapping);
        List<Invalid.Violation> problems = lines.stream()
                .flatMap(line -> line.problems().stream()
                        .map(problem -> new Invalid.Violation("rows[" + line.line() + "]." + problem.field(),
                                problem.message())))
                .limit(ImportReport.MAX_LISTED)
                .toList();
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        AuditContext.Entry audit = AuditContext.current();
        ClientImportView run = runs.start(fileName, lines.size(), audit.actor().displayName());
        worker.run(TenantContext.require(), audit, run.id(), lines);
        return run;
    }

    public ClientImportView run(long id) {
        return runs.find(id);
    }

    private List<ImportLine> checked(ClientImportFile file, Map<ImportField, String> mapping) {
        return clients.withExistingClientsMarked(file.check(mapping, LocalDate.now(clock)));
    }

    private static Map<String, String> keys(Map<ImportField, String> mapping) {
        Map<String, String> keys = new LinkedHashMap<>();
        mapping.forEach((field, column) -> keys.put(field.key(), column));
        return keys;
    }
}
