package org.entente.outcome;

import org.entente.model.Implementation;
import org.entente.model.Scenario;
import org.entente.model.Seeds;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunWorld;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What the processes of one run share (as MASON's {@code SimState}): the scenario, the parameters,
 * the agreed terms (null without an agreement), the run's "implementation" random stream, and the
 * latest value of every series for every party. A series read before its process has stepped in a
 * year holds last year's values (0 before the first year unless its process sets a start value).
 */
final class ImplementationRun {
    private final Scenario scenario;
    private final Calibration calibration;
    private final AgreedTerms terms;
    private final SplittableRandom random;
    private final Map<Series, double[]> series = new HashMap<>();
    private final Set<Series> published = new HashSet<>();

    ImplementationRun(RunWorld world, RunOutcome outcome) {
        scenario = world.scenario();
        Implementation impl = scenario.implementation() != null ? scenario.implementation() : Implementation.defaults();
        calibration = Calibration.of(impl);
        boolean deal = outcome != null && outcome.agreement() && outcome.table().offer() != null;
        terms = deal ? new AgreedTerms(scenario, outcome.table().offer(), impl.oversightIssue(), calibration) : null;
        random = Seeds.random(world.runSeed(), "implementation");
    }

    Scenario scenario() {
        return scenario;
    }

    int parties() {
        return scenario.parties().size();
    }

    Calibration calibration() {
        return calibration;
    }

    /** The agreement's terms, or null when nothing was agreed (or not ratified, or the run failed). */
    AgreedTerms terms() {
        return terms;
    }

    /** The run's one implementation stream: processes draw from it in step order, every year. */
    SplittableRandom random() {
        return random;
    }

    /** The live values of a series, one per party, for the process that publishes it (one per series). */
    double[] publish(Series s) {
        if (!published.add(s)) throw new IllegalStateException("series " + s.name() + " is published twice");
        return read(s);
    }

    /** The live values of a series, one per party, for a process that reads it. */
    double[] read(Series s) {
        double[] values = series.get(s);
        if (values == null) {
            values = new double[parties()];
            series.put(s, values);
        }
        return values;
    }

    /** The values of a series some process publishes (for the model's rows). */
    double[] published(Series s) {
        if (!published.contains(s)) throw new IllegalStateException("no process publishes series " + s.name());
        return read(s);
    }
}
