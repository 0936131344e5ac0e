package org.entente.results;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void quotesCellsWithCommasAndQuotesAndDoublesTheQuotes() {
        assertThat(Csv.row(List.of("a", "b,c", "say \"hi\"", ""))).isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\n");
    }

    @Test
    void writesLineBreaksInsideTextAsSpacesSoEveryRecordIsOneLine() {
        assertThat(Csv.row(List.of("line one\nline two", "x\r\ny"))).isEqualTo("line one line two,x y\n");
    }

    @Test
    void formatsNumbersWithoutLocaleOrExponent() {
        assertThat(Csv.number(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(Csv.number(1e-7)).isEqualTo("0.0000001");
        assertThat(Csv.number(120.0)).isEqualTo("120");
        assertThat(Csv.number(-0.0)).isEqualTo("0");
        assertThat(Csv.number(Double.NaN)).isEmpty();
        assertThat(Csv.bool(true)).isEqualTo("true");
    }

    @Test
    void parsesWhatItWrites() {
        List<String> cells = Arrays.asList("1", "a,b", "\"q\"", "", "end");
        String line = Csv.row(cells);
        assertThat(Csv.parse(line.substring(0, line.length() - 1))).isEqualTo(cells);
    }

    @Test
    void aLineCutInsideAQuoteIsNotARecord() {
        assertThat(Csv.parse("1,\"half a cell")).isNull();
    }

    @Test
    void parsesEmptyCellsAtEitherEndAndQuotesOnlyAtACellsStart() {
        assertThat(Csv.parse("")).containsExactly("");
        assertThat(Csv.parse(",")).containsExactly("", "");
        assertThat(Csv.parse("a,")).containsExactly("a", "");
        assertThat(Csv.parse(",\"\",b")).containsExactly("", "", "b");
        assertThat(Csv.parse("a\"b,c")).containsExactly("a\"b", "c");
        assertThat(Csv.parse("\"x\"y,z")).isNull();
    }
}
