package de.stammkunde.client.application;

import java.util.List;

/**
 * What a dry run found: how many rows would be imported and, row by row, what is wrong with the
 * others (at most {@link #MAX_LISTED} problems are listed; {@code invalidRows} counts them all).
 */
public record ImportReport(int rows, int validRows, int invalidRows, List<LineProblem> problems,
                           List<String> headers, java.util.Map<String, String> mapping) {

    public static final int MAX_LISTED = 1000;

    /** One thing wrong with one row. */
    public record LineProblem(int line, String field, String message) {
    }

    public boolean importable() {
        return invalidRows == 0;
    }

    static ImportReport of(List<ImportLine> lines, List<String> headers, java.util.Map<String, String> mapping) {
        List<LineProblem> problems = lines.stream()
                .flatMap(line -> line.problems().stream()
                        .map(problem -> new LineProblem(line.line(), problem.field(), problem.message())))
                .limit(MAX_LISTED)
                .toList();
        int invalid = (int) lines.stream().filter(line -> !line.valid()).count();
        return new ImportReport(lines.size(), lines.size() - invalid, invalid, problems, headers, mapping);
    }
}
