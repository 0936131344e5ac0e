package org.entente.bench;

/**
 * One line of the benchmark table: what was measured, its size (parties, issues; 0 when not a
 * negotiation), how many runs over how many seconds, the rates, the rounds a run took, the ratio to
 * raw JADE, the concurrency (for a negotiation row, the runs in flight at the tables on average over
 * the measured span; for the ping-pong, its pairs) and the machine's load average (1 minute) when it
 * ended, the runs made to warm up before the measured ones (0 where there were none), and the ACL messages
 * JADE carried per run (the messages as the agents posted them travel in fewer ACL messages, several to one
 * agent in a bundle: docs/agents.md, "Bundles"). NaN marks a value that does not apply (the ping-pong has no runs; only the default scenario is compared with raw JADE; a run in
 * another JVM does not report its messages).
 */
public record Measurement(String benchmark, int parties, int issues, long runs, double seconds,
                          double runsPerSecond, double messagesPerSecond, double roundsPerRun, double ratio,
                          double inFlight, double load, long warmupRuns, double aclMessagesPerRun) {

    /** A row whose ACL messages are not counted (all but the negotiations in this JVM). */
    public Measurement(String benchmark, int parties, int issues, long runs, double seconds, double runsPerSecond,
                       double messagesPerSecond, double roundsPerRun, double ratio, double inFlight, double load,
                       long warmupRuns) {
        this(benchmark, parties, issues, runs, seconds, runsPerSecond, messagesPerSecond, roundsPerRun, ratio, inFlight,
                load, warmupRuns, Double.NaN);
    }

    /** A row with no warm-up runs (the ping-pong warms up for stretches of time, not runs). */
    public Measurement(String benchmark, int parties, int issues, long runs, double seconds, double runsPerSecond,
                       double messagesPerSecond, double roundsPerRun, double ratio, double inFlight, double load) {
        this(benchmark, parties, issues, runs, seconds, runsPerSecond, messagesPerSecond, roundsPerRun, ratio, inFlight,
                load, 0);
    }

    /** Messages per negotiation run, as the agents posted them (NaN for the ping-pong). */
    public double messagesPerRun() {
        return runs > 0 ? messagesPerSecond / runsPerSecond : Double.NaN;
    }

    /**
     * Protocol-minimal messages per second: one per round of each run, what a protocol that sends
     * only the moves would need.
     */
    public double roundMessagesPerSecond() {
        return runsPerSecond * roundsPerRun;
    }

    /** This row's protocol-minimal message rate over the messages per second of {@code pingPong} (a ping-pong row). */
    public double ratioTo(Measurement pingPong) {
        return roundMessagesPerSecond() / pingPong.messagesPerSecond();
    }

    public Measurement withRatio(double r) {
        return new Measurement(benchmark, parties, issues, runs, seconds, runsPerSecond, messagesPerSecond, roundsPerRun,
                r, inFlight, load, warmupRuns, aclMessagesPerRun);
    }
}
