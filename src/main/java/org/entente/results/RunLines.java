package org.entente.results;

/**
 * One run encoded for the results files: its runs.csv line, its years.csv and rounds.csv lines
 * (possibly empty), and dance.csv's lines when it is run 0 (else null); with its id and, for a
 * failed run, the reason. Kept only until written.
 */
public record RunLines(long runId, String error, String runsLine, String yearsLines, String roundsLines,
                       String danceLines) {
    public boolean failed() {
        return error != null;
    }
}
