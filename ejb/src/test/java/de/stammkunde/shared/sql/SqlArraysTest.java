package de.stammkunde.shared.sql;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqlArraysTest {

    @Test
    void numbersAreJoinedInBraces() {
        assertThat(SqlArrays.bigints(List.of(1L, -2L, 3_000_000_000L))).isEqualTo("{1,-2,3000000000}");
        assertThat(SqlArrays.bigints(List.of())).isEqualTo("{}");
    }

    @Test
    void textsAreQuotedSoThatBracesCommasQuotesAndBackslashesStayInsideTheirElement() {
        assertThat(SqlArrays.texts(List.of("reward-grant:7", "a,b", "{x}", "say \"hi\"", "C:\\dir", "NULL", "")))
                .isEqualTo("{\"reward-grant:7\",\"a,b\",\"{x}\",\"say \\\"hi\\\"\",\"C:\\\\dir\",\"NULL\",\"\"}");
    }
}
