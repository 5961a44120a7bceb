package de.stammkunde.client.application;

import de.stammkunde.client.domain.ClientData;
import de.stammkunde.shared.error.Invalid;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file of clients to import: UTF-8, comma, semicolon or tab separated (spreadsheets in
 * Germany write semicolons), a header row, one client per row. Rows are numbered as a
 * spreadsheet shows them: the header is row 1.
 */
public final class ClientImportFile {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Map<String, String> GENDERS = Map.ofEntries(
            Map.entry("w", "FEMALE"), Map.entry("weiblich", "FEMALE"), Map.entry("f", "FEMALE"),
            Map.entry("m", "MALE"), Map.entry("männlich", "MALE"),
            Map.entry("d", "DIVERSE"), Map.entry("divers", "DIVERSE"),
            Map.entry("u", "UNKNOWN"), Map.entry("unbekannt", "UNKNOWN"));

    private final List<String> headers;
    private final List<CSVRecord> rows;

    private ClientImportFile(List<String> headers, List<CSVRecord> rows) {
        this.headers = headers;
        this.rows = rows;
    }

    /** Reads the file; a file that is not a CSV with a header row and at least one row is refused. */
    public static ClientImportFile parse(byte[] content) {
        if (content == null || content.length == 0) {
            throw Invalid.field("file", "empty file");
        }
        if (content.length > MAX_BYTES) {
            throw Invalid.field("file", "larger than " + MAX_BYTES / 1024 / 1024 + " MB");
        }
        String text = utf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter(text))
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .setAllowMissingColumnNames(true)
                .get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            List<String> headers = parser.getHeaderNames().stream().filter(name -> !name.isBlank()).toList();
            if (headers.isEmpty()) {
                throw Invalid.field("file", "no header row");
            }
            List<CSVRecord> rows = new ArrayList<>();
            for (CSVRecord row : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw Invalid.field("file", "more than " + MAX_ROWS + " rows");
                }
                rows.add(row);
            }
            if (rows.isEmpty()) {
                throw Invalid.field("file", "no rows below the header");
            }
            return new ClientImportFile(headers, rows);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw Invalid.field("file", "not a readable CSV file: " + e.getMessage());
        } catch (UncheckedIOException | IOException e) {
            throw Invalid.field("file", "not a readable CSV file: " + e.getMessage());
        }
    }

    public List<String> headers() {
        return headers;
    }

    public int rowCount() {
        return rows.size();
    }

    /** For each field, the column whose header names it, if any. */
    public Map<ImportField, String> guessMapping() {
        Map<ImportField, String> mapping = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.values()) {
            headers.stream().filter(field::recognises).findFirst().ifPresent(header -> mapping.put(field, header));
        }
        return mapping;
    }

    /** Refuses a mapping that names unknown columns or leaves a required field without a column. */
    public void checkMapping(Map<ImportField, String> mapping) {
        List<Invalid.Violation> violations = new ArrayList<>();
        for (ImportField field : ImportField.values()) {
            String column = mapping.get(field);
            if (column == null && field.required()) {
                violations.add(new Invalid.Violation("mapping." + field.key(), "required; choose a column"));
            } else if (column != null && !headers.contains(column)) {
                violations.add(new Invalid.Violation("mapping." + field.key(), "no column '" + column + "'"));
            }
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
    }

    /** Every row checked on its own and against the rows above it (same email or phone twice). */
    public List<ImportLine> check(Map<ImportField, String> mapping, LocalDate today) {
        checkMapping(mapping);
        List<ImportLine> lines = new ArrayList<>(rows.size());
        Map<String, Integer> emails = new HashMap<>();
        Map<String, Integer> phones = new HashMap<>();
        for (int index = 0; index < rows.size(); index++) {
            int line = index + 2;
            ImportLine checked = check(line, rows.get(index), mapping, today);
            if (checked.valid()) {
                ClientData data = checked.data();
                Integer sameEmail = data.email() == null ? null : emails.putIfAbsent(data.email().toLowerCase(Locale.ROOT), line);
                Integer samePhone = data.phone() == null ? null : phones.putIfAbsent(data.phone(), line);
                List<Invalid.Violation> repeats = new ArrayList<>();
                if (sameEmail != null) {
                    repeats.add(new Invalid.Violation("email", "same email as row " + sameEmail));
                }
                if (samePhone != null) {
                    repeats.add(new Invalid.Violation("phone", "same phone as row " + samePhone));
                }
                if (!repeats.isEmpty()) {
                    checked = ImportLine.invalid(line, repeats);
                }
            }
            lines.add(checked);
        }
        return lines;
    }

    private static ImportLine check(int line, CSVRecord row, Map<ImportField, String> mapping, LocalDate today) {
        List<Invalid.Violation> violations = new ArrayList<>();
        LocalDate birthday = null;
        String birthdayText = value(row, mapping, ImportField.BIRTHDAY);
        if (birthdayText != null) {
            birthday = date(birthdayText);
            if (birthday == null) {
                violations.add(new Invalid.Violation("birthday", "a date like 1990-04-27 or 27.04.1990"));
            }
        }
        String gender = value(row, mapping, ImportField.GENDER);
        if (gender != null) {
            gender = GENDERS.getOrDefault(gender.toLowerCase(Locale.GERMAN), gender);
        }
        String tags = value(row, mapping, ImportField.TAGS);
        try {
            ClientData data = ClientData.of(value(row, mapping, ImportField.FIRST_NAME),
                    value(row, mapping, ImportField.LAST_NAME), value(row, mapping, ImportField.EMAIL),
                    value(row, mapping, ImportField.PHONE), birthday, gender,
                    value(row, mapping, ImportField.STREET), value(row, mapping, ImportField.POSTAL_CODE),
                    value(row, mapping, ImportField.CITY), value(row, mapping, ImportField.COUNTRY),
                    value(row, mapping, ImportField.NOTES),
                    tags == null ? List.of() : Arrays.stream(tags.split("[|,]")).filter(t -> !t.isBlank()).toList(),
                    null, value(row, mapping, ImportField.PREFERRED_LANGUAGE), today);
            return violations.isEmpty() ? ImportLine.valid(line, data) : ImportLine.invalid(line, violations);
        } catch (Invalid invalid) {
            violations.addAll(invalid.violations());
            return ImportLine.invalid(line, violations);
        }
    }

    private static String value(CSVRecord row, Map<ImportField, String> mapping, ImportField field) {
        String column = mapping.get(field);
        if (column == null || !row.isSet(column)) {
            return null;
        }
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, GERMAN_DATE)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = header.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw Invalid.field("file", "not UTF-8 encoded; save the file as CSV UTF-8");
        }
    }
}
