package org.entente.results;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads CSV records one at a time, in bounded memory: Entente's own one-line records fast, and
 * what other tools write too (quoted line breaks, CRLF, a byte-order mark, no final line end).
 * Blank lines are no records. The one reader of results files: resume, merge, summary and report.
 */
public final class CsvReader implements Closeable {
    private final BufferedReader in;
    private String text;
    private boolean first = true;

    public CsvReader(Reader in) {
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
    }

    /** Opens a results file for reading, plain or gzip-compressed ({@link ResultsFiles#input}). */
    public static CsvReader open(Path file) throws IOException {
        return new CsvReader(new java.io.InputStreamReader(ResultsFiles.input(file), StandardCharsets.UTF_8));
    }

    /** The next record's cells, or null at the end of input. */
    public List<String> next() throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null) return null;
            if (first && line.startsWith("\uFEFF")) line = line.substring(1);
            first = false;
        } while (line.isEmpty());
        List<String> cells = Csv.parse(line);
        while (cells == null && Csv.endsInsideQuote(line)) {
            // a quoted cell goes on over the line break
            String more = in.readLine();
            if (more == null) break;
            line = line + "\n" + more;
            cells = Csv.parse(line);
        }
        text = line;
        return cells != null ? cells : Csv.parse(line, true);
    }

    /** The text of the record {@link #next} returned last, as it stands in the file (without its line end). */
    public String text() {
        return text;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
