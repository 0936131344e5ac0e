package org.entente.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * years_summary.csv, written whole from the years accumulator's state: a directory's own blocks
 * (and its open point, when the run was interrupted), or the shards' blocks added point by point.
 * Compressed, each design point's rows are one gzip member.
 */
final class YearsSummaryFile {
    private YearsSummaryFile() {
    }

    /** Writes years_summary.csv of a directory from its state file and the point still open (or null). */
    static void write(Path dir, List<String> parties, PointYears open, boolean compress) throws IOException {
        Schema<YearsSummaryColumns.Row> schema = YearsSummaryColumns.schema();
        try (YearsState.Reader blocks = new YearsState.Reader(dir.resolve(ResultsDirectory.YEARS_STATE), parties)) {
            AtomicFile.write(dir.resolve(ResultsFiles.name(ResultsDirectory.YEARS_SUMMARY, compress)), out -> {
                BlockedOut csv = new BlockedOut(out, compress, "");
                csv.header(schema.header());
                YearsState.Block b;
                while ((b = blocks.next()) != null) rows(schema, b.years(), csv);
                if (open != null) rows(schema, open, csv);
            });
        }
    }

    private static void rows(Schema<YearsSummaryColumns.Row> schema, PointYears p, BlockedOut csv) throws IOException {
        StringBuilder b = new StringBuilder();
        for (YearsSummaryColumns.Row r : p.rows()) schema.appendRow(b, r);
        csv.append(b);
        csv.drain(true);
    }

    /**
     * Merges the shards' state files into {@code out}'s state file and years_summary.csv: each point's
     * blocks added, so both are what one machine would have written.
     */
    static void merge(List<Path> shards, Path out, List<String> parties, int points, long runsPerPoint, boolean compress)
            throws IOException {
        List<YearsState.Reader> readers = new ArrayList<>();
        try {
            List<YearsState.Block> ahead = new ArrayList<>();
            for (Path s : shards) {
                YearsState.Reader r = new YearsState.Reader(s.resolve(ResultsDirectory.YEARS_STATE), parties);
                readers.add(r);
                ahead.add(r.next());
            }
            AtomicFile.write(out.resolve(ResultsDirectory.YEARS_STATE), state -> {
                for (int p = 0; p < points; p++) {
                    PointYears merged = new PointYears(p, parties);
                    for (int i = 0; i < readers.size(); i++) {
                        while (ahead.get(i) != null && ahead.get(i).years().point() == p) {
                            merged.add(ahead.get(i).years());
                            ahead.set(i, readers.get(i).next());
                        }
                    }
                    state.write(YearsState.block(merged, (p + 1) * runsPerPoint).getBytes(StandardCharsets.UTF_8));
                }
            });
            for (int i = 0; i < readers.size(); i++) {
                if (ahead.get(i) != null) {
                    throw new DamagedFileException(shards.get(i).resolve(ResultsDirectory.YEARS_STATE), 0,
                            "it holds point " + ahead.get(i).years().point() + " out of order or beyond the plan");
                }
            }
            write(out, parties, null, compress);
        } finally {
            for (YearsState.Reader r : readers) r.close();
        }
    }
}
