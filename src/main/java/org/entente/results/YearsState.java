package org.entente.results;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The years accumulator's state on disk: years_summary.state, one block per design point whose runs
 * (in this directory) are all written, appended in point order; and years_summary.open, the point
 * still open, rewritten whole at checkpoints. A block is {@code p,<point>}, its cell lines
 * ({@link PointYears}) and {@code e,<point>,<runs>}: how many of the plan's runs were written when it
 * closed. Resume restores the state from these files; merge adds the shards' blocks point by point.
 */
final class YearsState {
    static final String START = "p", END = "e";

    private YearsState() {
    }

    /** A complete block: its point's state, the runs written when it closed and the byte offset after it. */
    record Block(PointYears years, long runs, long end) {
    }

    /** Reads the complete blocks of a state file in order; a block cut short at the end is not returned. */
    static final class Reader implements AutoCloseable {
        private final Path file;
        private final List<String> parties;
        private final CheckedRows.Lines lines;
        private long line;

        Reader(Path file, List<String> parties) throws IOException {
            this.file = file;
            this.parties = parties;
            InputStream in = Files.exists(file) ? Files.newInputStream(file) : InputStream.nullInputStream();
            this.lines = new CheckedRows.Lines(in);
        }

        /** The next complete block, or null at the end (or before a block cut short). */
        Block next() throws IOException {
            PointYears current = null;
            String text;
            while ((text = lines.next()) != null) {
                if (!lines.ended()) return null;
                line++;
                List<String> f = Csv.parse(text);
                try {
                    if (f == null || f.isEmpty()) throw new IllegalArgumentException("not a CSV line");
                    if (f.get(0).equals(START) && current == null) {
                        current = new PointYears(Integer.parseInt(f.get(1)), parties);
                    } else if (f.get(0).equals(PointYears.CELL) && current != null) {
                        current.read(f);
                    } else if (f.get(0).equals(END) && current != null && Integer.parseInt(f.get(1)) == current.point()) {
                        return new Block(current, Long.parseLong(f.get(2)), lines.offset());
                    } else {
                        throw new IllegalArgumentException("a line out of place");
                    }
                } catch (RuntimeException e) {
                    throw new DamagedFileException(file, line, "it is not a line of the years accumulator's state ("
                            + e.getMessage() + ")");
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }

    /** A block's text. */
    static String block(PointYears years, long runs) {
        StringBuilder b = new StringBuilder();
        b.append(Csv.row(List.of(START, Integer.toString(years.point()))));
        years.write(b);
        b.append(Csv.row(List.of(END, Integer.toString(years.point()), Long.toString(runs))));
        return b.toString();
    }

    /** Every complete block of a file (for the checkpoint file: its one block, or none). */
    static List<Block> readAll(Path file, List<String> parties) throws IOException {
        List<Block> out = new ArrayList<>();
        try (Reader r = new Reader(file, parties)) {
            Block b;
            while ((b = r.next()) != null) out.add(b);
        }
        return out;
    }
}
