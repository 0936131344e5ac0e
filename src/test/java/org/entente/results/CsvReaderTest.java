package org.entente.results;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReaderTest {

    static List<List<String>> all(String text) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (CsvReader r = new CsvReader(new StringReader(text))) {
            List<String> row;
            while ((row = r.next()) != null) out.add(row);
        }
        return out;
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        List<List<String>> rows = all("a,b,c\r\n1,\"x, y\",\"say \"\"no\"\"\"\r\n2,\"two\nlines\",\n");
        assertThat(rows).containsExactly(List.of("a", "b", "c"), List.of("1", "x, y", "say \"no\""),
                List.of("2", "two\nlines", ""));
    }

    @Test
    void emptyCellsAndMissingFinalNewlineAreKept() throws IOException {
        assertThat(all("run_id,error\n3,")).containsExactly(List.of("run_id", "error"), List.of("3", ""));
        assertThat(all(",,\n")).containsExactly(List.of("", "", ""));
    }

    @Test
    void blankLinesAndEmptyInputYieldNoRecords() throws IOException {
        assertThat(all("")).isEmpty();
        assertThat(all("a\n\nb\n")).containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void lenientNumbersAreNaNWhenEmptyOrMalformed() {
        assertThat(Csv.toNumber("0.25")).isEqualTo(0.25);
        assertThat(Csv.toNumber("")).isNaN();
        assertThat(Csv.toNumber("abc")).isNaN();
    }
}
