package de.stammkunde.web.client;

import de.stammkunde.client.application.ClientImportFile;
import de.stammkunde.client.application.ClientImportView;
import de.stammkunde.client.application.ClientImports;
import de.stammkunde.client.application.ImportField;
import de.stammkunde.client.application.ImportReport;
import de.stammkunde.shared.error.Invalid;
import de.stammkunde.web.faces.ConsoleMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The import page: upload a CSV file, choose which column feeds which field, see the dry-run
 * report, then import in the background and follow its progress. Coordinates only; the rules
 * live in {@link ClientImports}, as for the API.
 */
@Named
@ViewScoped
public class ImportWizard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientImports imports;

    private byte[] content;
    private String fileName;
    private List<String> headers = List.of();
    private final Map<String, String> mapping = new HashMap<>();
    private ImportReport report;
    private ClientImportView run;

    /** Reads the uploaded file and guesses the columns from its header. */
    public void upload(FileUploadEvent event) {
        content = null;
        report = null;
        run = null;
        mapping.clear();
        try {
            byte[] uploaded = event.getFile().getContent();
            ClientImportFile file = ClientImportFile.parse(uploaded);
            content = uploaded;
            fileName = event.getFile().getFileName();
            headers = file.headers();
            file.guessMapping().forEach((field, column) -> mapping.put(field.key(), column));
        } catch (Invalid invalid) {
            problems(invalid);
        }
    }

    /** Checks every row with the chosen columns; imports nothing. */
    public void dryRun() {
        if (content == null) {
            return;
        }
        try {
            report = imports.dryRun(ClientImportFile.parse(content), chosenMapping());
        } catch (Invalid invalid) {
            report = null;
            problems(invalid);
        }
    }

    /** Starts the background import of a file whose dry run found no bad row. */
    public void start() {
        if (content == null) {
            return;
        }
        try {
            run = imports.start(ClientImportFile.parse(content), chosenMapping(), fileName);
        } catch (Invalid invalid) {
            dryRun();
            message(FacesMessage.SEVERITY_ERROR, "import.refused");
        }
    }

    /** Reads the progress of the running import again. */
    public void refresh() {
        if (run != null) {
            run = imports.run(run.id());
            if (!run.running()) {
                message("DONE".equals(run.status()) ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR,
                        "DONE".equals(run.status()) ? "import.done" : "import.failed", run.totalRows(),
                        run.failure());
            }
        }
    }

    private Map<ImportField, String> chosenMapping() {
        Map<ImportField, String> chosen = new EnumMap<>(ImportField.class);
        mapping.forEach((key, column) -> {
            if (column != null && !column.isBlank()) {
                ImportField.byKey(key).ifPresent(field -> chosen.put(field, column));
            }
        });
        return chosen;
    }

    private static void problems(Invalid invalid) {
        for (Invalid.Violation violation : invalid.violations()) {
            String text = violation.field() + ": " + violation.message();
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    private static void message(FacesMessage.Severity severity, String key, Object... arguments) {
        ConsoleMessages.add(null, severity, key, arguments);
    }

    public boolean isUploaded() {
        return content != null;
    }

    public boolean isRunning() {
        return run != null && run.running();
    }

    public List<ImportField> getFields() {
        return Arrays.asList(ImportField.values());
    }

    public String getFileName() { return fileName; }
    public List<String> getHeaders() { return headers; }
    public Map<String, String> getMapping() { return mapping; }
    public ImportReport getReport() { return report; }
    public ClientImportView getRun() { return run; }
}
