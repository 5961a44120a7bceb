package de.stammkunde.client.application;

import de.stammkunde.shared.audit.AuditContext;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.tenancy.domain.TenantContext;
import de.stammkunde.tenancy.domain.TenantSlug;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Runs an import in the background, in the tenant and on behalf of the staff user who started it. */
@Stateless
public class ClientImportWorker {

    private static final Logger LOG = Logger.getLogger(ClientImportWorker.class.getName());

    @Inject
    ClientService clients;

    @Inject
    ClientImportRuns runs;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(TenantSlug tenant, AuditContext.Entry audit, long runId, List<ImportLine> lines) {
        String requestId = audit.requestId() != null ? audit.requestId() : UUID.randomUUID().toString();
        TenantContext.runAs(tenant, () -> AuditContext.runAs(audit.actor(), requestId, () -> {
            try {
                clients.createAll(lines, done -> runs.progress(runId, done));
                runs.finish(runId);
            } catch (Invalid invalid) {
                runs.fail(runId, invalid.violations().stream().map(v -> v.field() + ": " + v.message())
                        .collect(Collectors.joining("; ")));
            } catch (RuntimeException e) {
                String reference = UUID.randomUUID().toString();
                LOG.log(Level.WARNING, "Import " + runId + " of " + tenant.value() + " failed, reference " + reference, e);
                runs.fail(runId, "unexpected error, reference " + reference);
            }
            return null;
        }));
    }
}
