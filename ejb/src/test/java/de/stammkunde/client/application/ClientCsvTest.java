package de.stammkunde.client.application;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientCsvTest {

    @Test
    void quotesWhatNeedsQuotingAndKeepsUmlauts() throws Exception {
        StringWriter out = new StringWriter();
        ClientCsv csv = new ClientCsv(out);
        csv.write(new ClientView(7, 0, "Jürgen", "Müller, \"Jü\"", "j@example.org", "+4915112345678",
                LocalDate.of(1980, 2, 29), "MALE", null, null, "Köln", "DE", null, List.of("Familie", "Porträt"),
                "NEW", null, "de", Instant.parse("2026-11-23T10:00:00Z"), Instant.parse("2026-11-23T10:00:00Z")));
        csv.flush();

        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", ClientCsv.HEADER));
        assertThat(lines[1]).isEqualTo("7,Jürgen,\"Müller, \"\"Jü\"\"\",j@example.org,+4915112345678,1980-02-29,MALE,,,"
                + "Köln,DE,Familie|Porträt,NEW,de,2026-11-23T10:00:00Z");
    }
}
