package org.entente.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a per-run results file that Entente wrote (one record per line), checking every row against
 * the file's schema: the header, the number of cells, each cell's kind, and run_ids in order (each
 * run once in runs.csv; non-decreasing in years.csv and rounds.csv). Anything else is refused as a
 * {@link DamagedFileException} naming the line. A last line without its line end (a write cut short)
 * is not a row: {@link #cutShort} tells the caller, who decides whether to cut it off or refuse.
 */
final class CheckedRows implements AutoCloseable {
    /** The longest cell text a message quotes. */
    private static final int QUOTED = 24;

    /** A checked row: its line number (the header is line 1), run_id, cells, text and the byte offset after its line end. */
    record Row(long line, long runId, List<String> cells, String text, long end) {
    }

    private final Path file;
    private final Schema<?> schema;
    private final boolean eachRunOnce;
    private final int idColumn;
    private final java.io.InputStream input;
    private final Lines lines;
    private final boolean headed;
    private long line = 1;
    private long lastId = Long.MIN_VALUE;
    private long end;
    private boolean cutShort;

    private CheckedRows(Path file, Schema<?> schema, boolean eachRunOnce) throws IOException {
        this.file = file;
        this.schema = schema;
        this.eachRunOnce = eachRunOnce;
        this.idColumn = schema.index(RunsColumns.RUN_ID);
        this.input = ResultsFiles.input(file);
        this.lines = new Lines(input);
        String header = lines.next();
        this.headed = header != null && lines.ended();
        this.cutShort = header != null && !headed;
        if (headed) {
            String why = headerMismatch(header);
            if (why != null) {
                lines.close();
                throw new DamagedFileException(file, 1, why);
            }
            end = lines.offset();
        }
    }

    /**
     * Opens {@code file} and checks its header line; a complete header that is not the schema's is
     * refused. With {@code eachRunOnce}, every row must have a greater run_id than the row before.
     */
    static CheckedRows open(Path file, Schema<?> schema, boolean eachRunOnce) throws IOException {
        return new CheckedRows(file, schema, eachRunOnce);
    }

    /** Whether the file starts with a complete header line (false for an empty file or a header cut short). */
    boolean headed() {
        return headed;
    }

    /** The next row, or null after the last complete line. */
    Row next() throws IOException {
        return next(Long.MAX_VALUE);
    }

    /**
     * The next row, or null after the last complete line or before the first line whose run_id is
     * above {@code lastRun} (the rows of runs after a cut, which are not read).
     */
    Row next(long lastRun) throws IOException {
        if (!headed) return null;
        String text = lines.next();
        if (text == null) return null;
        if (!lines.ended()) {
            cutShort = true;
            return null;
        }
        if (runIdOf(text) > lastRun) return null;
        line++;
        List<String> cells = Csv.parse(text);
        if (text.endsWith("\r")) throw damaged("it ends in a carriage return (was the file saved by another program?)");
        if (cells == null) throw damaged("it is not a well-formed CSV row (a quote is not closed, or text follows one)");
        if (cells.size() != schema.width()) {
            throw damaged(cells.size() + " cells where the header has " + schema.width());
        }
        List<CellKind> kinds = schema.kinds();
        for (int i = 0; i < cells.size(); i++) {
            if (!kinds.get(i).accepts(cells.get(i))) {
                throw damaged(schema.names().get(i) + " is " + quote(cells.get(i)) + ", not " + kinds.get(i).describe());
            }
        }
        long id = Long.parseLong(cells.get(idColumn));
        if (id < lastId || eachRunOnce && id == lastId) {
            throw damaged("run_id " + id + " after run_id " + lastId + (id == lastId ? " (the run is there twice)" : " (out of order)"));
        }
        lastId = id;
        end = lines.offset();
        return new Row(line, id, cells, text, end);
    }

    /** The run_id a line would have, read without checking the rest of it; -1 when it has none. */
    static long runIdOf(String text) {
        int comma = text.indexOf(',');
        String first = comma < 0 ? text : text.substring(0, comma);
        return CellKind.INTEGER.accepts(first) ? Long.parseLong(first) : -1;
    }

    /** After {@link #next} returned null: whether it stopped at a last line without its line end (a write cut short). */
    boolean cutShort() {
        return cutShort || input instanceof GzipMembers g && g.truncated();
    }

    /** The members of a compressed file read so far; null for a plain file. */
    GzipMembers members() {
        return input instanceof GzipMembers g ? g : null;
    }

    /** Byte offset just after the header or the last row returned. */
    long end() {
        return end;
    }

    /** The damage at {@code row}, a row this reader returned; with no row, at the line after the last one read. */
    DamagedFileException damaged(Row row, String what) {
        return new DamagedFileException(file, row != null ? row.line() : line + 1, what);
    }

    /** After {@link #next} returned null: refuses a file without a complete header or whose last line is cut short. */
    void requireWhole() throws DamagedFileException {
        if (!headed || cutShort()) throw damaged(null, headed ? "the line is cut short" : "no header");
    }

    private DamagedFileException damaged(String what) {
        return new DamagedFileException(file, line, what);
    }

    private String headerMismatch(String header) {
        List<String> names = Csv.parse(header);
        if (names == null) return "the header is not a well-formed CSV row";
        List<String> want = schema.names();
        for (int i = 0; i < Math.max(names.size(), want.size()); i++) {
            String got = i < names.size() ? names.get(i) : null;
            String exp = i < want.size() ? want.get(i) : null;
            if (got == null) return "the header ends after column " + i + " where this experiment's has " + want.size();
            if (exp == null) return "the header has " + names.size() + " columns where this experiment's has " + want.size();
            if (!got.equals(exp)) {
                return "column " + (i + 1) + " of the header is " + quote(got) + " where this experiment's is " + quote(exp);
            }
        }
        return null;
    }

    /** A cell's text for a message: quoted, at most {@link #QUOTED} characters of it (see {@link #glimpse}), and its length when shortened. */
    static String quote(String cell) {
        String g = glimpse(cell, QUOTED);
        return "'" + g + "'" + (g.length() != cell.length() ? " (" + cell.length() + " characters)" : "");
    }

    /** Text from a file for a message: control characters as '?', runs of white space as one space, at most {@code max} characters. */
    static String glimpse(String text, int max) {
        String c = text.replaceAll("\\p{Cntrl}", "?").replaceAll("\\s{2,}", " ");
        return c.codePointCount(0, c.length()) <= max ? c : c.substring(0, c.offsetByCodePoints(0, max - 1)) + "…";
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    /** Lines of bytes decoded as UTF-8, read in large blocks, with the byte offset after each line. */
    static final class Lines implements AutoCloseable {
        private final InputStream in;
        private final byte[] block = new byte[1 << 16];
        private final ByteArrayOutputStream partial = new ByteArrayOutputStream(256);
        private int pos;
        private int limit;
        private long blockStart;
        private boolean ended;

        Lines(InputStream in) {
            this.in = in;
        }

        /** The next line without its line end, or null at the end of the file. */
        String next() throws IOException {
            partial.reset();
            while (true) {
                if (pos == limit) {
                    blockStart += limit;
                    pos = 0;
                    limit = Math.max(0, in.read(block));
                    if (limit == 0) {
                        ended = false;
                        return partial.size() > 0 ? partial.toString(StandardCharsets.UTF_8) : null;
                    }
                }
                int i = pos;
                while (i < limit && block[i] != '\n') i++;
                if (i < limit) {
                    String s;
                    if (partial.size() == 0) {
                        s = new String(block, pos, i - pos, StandardCharsets.UTF_8);
                    } else {
                        partial.write(block, pos, i - pos);
                        s = partial.toString(StandardCharsets.UTF_8);
                        partial.reset();
                    }
                    pos = i + 1;
                    ended = true;
                    return s;
                }
                partial.write(block, pos, limit - pos);
                pos = limit;
            }
        }

        /** Whether the last line returned ended in a line end. */
        boolean ended() {
            return ended;
        }

        /** Byte offset after the last line returned. */
        long offset() {
            return blockStart + pos;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
