package de.stammkunde.client.application;

import de.stammkunde.client.domain.ClientData;
import de.stammkunde.shared.error.Invalid;

import java.util.List;

/** One row of an import file: the client it describes, or what is wrong with it. */
public record ImportLine(int line, ClientData data, List<Invalid.Violation> problems) {

    public ImportLine {
        problems = List.copyOf(problems);
    }

    static ImportLine valid(int line, ClientData data) {
        return new ImportLine(line, data, List.of());
    }

    static ImportLine invalid(int line, List<Invalid.Violation> problems) {
        return new ImportLine(line, null, problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
