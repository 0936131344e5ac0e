package org.entente.classroom;

import org.entente.model.Config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a classroom runs: the scenario, the seating {@code mode} and, against the agents, the party
 * students take ({@code seat}); the master seed (every table plays run 0 under it, as {@code play}
 * does); how long a student may take over one move and a table over the whole negotiation; how many
 * agent-only runs make the debrief's Monte Carlo cloud; the join code and the teacher's token; and
 * where the class's results directory goes ({@code out}, null for none).
 */
public record ClassroomSettings(Config config, Mode mode, String seat, long seed, Duration moveTimeout,
                                Duration tableTime, int cloudRuns, String code, String teacherToken, Path out) {
}
