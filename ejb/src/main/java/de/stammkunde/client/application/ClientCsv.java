package de.stammkunde.client.application;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Clients as CSV (RFC 4180, UTF-8, header row); tags joined by {@code |}. */
public final class ClientCsv {

    public static final String MEDIA_TYPE = "text/csv";
    static final List<String> HEADER = List.of("id", "firstName", "lastName", "email", "phone", "birthday", "gender",
            "street", "postalCode", "city", "country", "tags", "status", "preferredLanguage", "createdAt");

    private final CSVPrinter printer;

    public ClientCsv(Writer out) throws IOException {
        this.printer = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get().print(out);
    }

    public void write(ClientView client) throws IOException {
        printer.printRecord(client.id(), client.firstName(), client.lastName(), client.email(), client.phone(),
                client.birthday(), client.gender(), client.street(), client.postalCode(), client.city(),
                client.country(), String.join("|", client.tags()), client.status(), client.preferredLanguage(),
                client.createdAt());
    }

    /** Writes every client the query finds, page after page as {@code pages} reads them, flushing each page. */
    public void writeAll(ClientQuery first, java.util.function.Function<ClientQuery, ClientPage> pages)
            throws IOException {
        ClientPage page = pages.apply(first);
        while (!page.items().isEmpty()) {
            for (ClientView client : page.items()) {
                write(client);
            }
            flush();
            page = pages.apply(first.page(page.page() + 1));
        }
        flush();
    }

    public void flush() throws IOException {
        printer.flush();
    }
}
