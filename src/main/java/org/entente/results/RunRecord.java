package org.entente.results;

/**
 * One run formatted for the results files: its runs.csv line, its years.csv and rounds.csv lines
 * (possibly empty), and dance.csv's lines when it is run 0 (else null). Kept only until written.
 */
public record RunRecord(long runId, boolean failed, String error, String runsLine, String yearsLines,
                        String roundsLines, String danceLines) {
}
