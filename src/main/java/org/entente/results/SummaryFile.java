package org.entente.results;

import org.entente.evaluation.PointSummaries;
import org.entente.evaluation.PointSummary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * summary.csv, always recomputed from a directory's stored runs (runs.csv and years.csv, streamed in
 * run_id order), so a single run, a resumed run and merged shards give byte-identical summaries.
 */
final class SummaryFile {
    private SummaryFile() {
    }

    /** Aggregates the directory's runs into {@code summaries}, writes summary.csv whole and returns its rows. */
    static List<PointSummary> rewrite(Path dir, Layout layout, PointSummaries summaries, boolean compress) throws IOException {
        StoredRuns.forEach(dir, layout, summaries::add);
        List<PointSummary> rows = summaries.summaries();
        List<String> implementationKeys = rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).implementation().keySet());
        ResultsFiles.writeWhole(dir, ResultsDirectory.SUMMARY, compress, SummaryColumns.schema(layout, implementationKeys).table(rows));
        return rows;
    }
}
