package org.entente.results;

import org.entente.outcome.YearRecord;

import java.util.List;

/**
 * One run encoded for the results files: its runs.csv line, its years.csv and rounds.csv lines
 * (possibly empty), and dance.csv's lines when it is run 0 (else null); with its id, design point,
 * implementation years (for years_summary.csv, whatever years.csv keeps) and, for a failed run, the
 * reason. Kept only until written.
 */
public record RunLines(long runId, int point, String error, String runsLine, String yearsLines, String roundsLines,
                       String danceLines, List<YearRecord> years) {
    public boolean failed() {
        return error != null;
    }
}
