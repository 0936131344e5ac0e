package org.entente.bench;

/**
 * One line of the benchmark table: what was measured, its size (parties, issues; 0 when not a
 * negotiation), how many runs over how many seconds, and the rates. NaN marks a rate that does not
 * apply (the ping-pong has no runs; only the default scenario is compared with raw JADE).
 */
public record Measurement(String benchmark, int parties, int issues, long runs, double seconds,
                          double runsPerSecond, double messagesPerSecond, double ratio) {

    /** ACL messages per negotiation run (NaN for the ping-pong). */
    public double messagesPerRun() {
        return runs > 0 ? messagesPerSecond / runsPerSecond : Double.NaN;
    }

    public Measurement withRatio(double r) {
        return new Measurement(benchmark, parties, issues, runs, seconds, runsPerSecond, messagesPerSecond, r);
    }
}
