package org.entente.outcome;

import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunWorld;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.entente.model.ImplementationParameter.YEARS;

/**
 * The post-agreement implementation model (docs/model.md): a list of yearly processes (markets,
 * politics, trust, compliance, delivery, trade, infrastructure, loans, influence) stepped in order
 * each year. Pure and deterministic given the run's world and seed: every draw comes from the run's
 * "implementation" stream, in the same order whatever the agreement.
 */
public final class ImplementationModel {
    /** years.csv's series after {@code run_id, year, party}: the contract's four first, new ones appended. */
    private static final List<Series> COLUMNS = List.of(Trade.TRADE, Infrastructure.INFRASTRUCTURE,
            Influence.INFLUENCE, Compliance.COMPLIANCE, Trust.TRUST, Loans.DEBT, Delivery.DELIVERY,
            Compliance.BENEFIT, Loans.DEBT_SERVICE, Markets.PRICE_INDEX, Markets.DEMAND, DomesticPolitics.TURNOVER,
            Compliance.RENEGOTIATE, Trade.EXPORTS, Trade.IMPORTS);
    private static final List<String> NAMES = COLUMNS.stream().map(Series::name).toList();

    private ImplementationModel() {
    }

    /**
     * The processes of one run, in the order they step each year. A new process: its class, one line
     * here (after the processes whose results it reads this year), and its series in {@link #COLUMNS}.
     */
    private static List<YearlyProcess> processes(ImplementationRun run) {
        Markets markets = new Markets(run);
        DomesticPolitics politics = new DomesticPolitics(run);
        Delivery delivery = new Delivery(run);
        Infrastructure infrastructure = new Infrastructure(run, delivery);
        return List.of(
                markets,
                politics,
                new Trust(run),
                new Compliance(run, markets, politics),
                delivery,
                new Trade(run, markets, delivery),
                infrastructure,
                new Loans(run, infrastructure),
                new Influence(run, delivery));
    }

    /** The tracked series, in years.csv column order after {@code run_id, year, party}. */
    public static List<String> columns() {
        return NAMES;
    }

    /**
     * Years 1..years for every party, party by party (scenario order) within each year. Without an
     * agreement (none at the table, not ratified, or a failed run) the rows are still written: no
     * delivery, trade, infrastructure, compliance and debt 0, influence on its no-deal baseline.
     */
    public static List<YearRecord> simulate(RunWorld world, RunOutcome outcome) {
        ImplementationRun run = new ImplementationRun(world, outcome);
        List<YearlyProcess> processes = processes(run);
        double[][] columns = new double[COLUMNS.size()][];
        for (int k = 0; k < columns.length; k++) columns[k] = run.published(COLUMNS.get(k));
        List<String> parties = run.scenario().partyIds();
        int years = run.calibration().whole(YEARS);
        List<YearRecord> out = new ArrayList<>(years * parties.size());
        for (int y = 1; y <= years; y++) {
            for (YearlyProcess process : processes) process.step(y);
            for (int p = 0; p < parties.size(); p++) out.add(new YearRecord(y, parties.get(p), row(columns, p)));
        }
        return List.copyOf(out);
    }

    private static double[] row(double[][] columns, int party) {
        double[] v = new double[columns.length];
        for (int k = 0; k < v.length; k++) v[k] = columns[k][party];
        return v;
    }

    /**
     * Per-run scalars for summary.csv, in a fixed order for a given scenario: for each
     * {@link RunMeasure} ({@code compliance}, {@code trade}, {@code infrastructure}, {@code influence},
     * {@code debt_peak}), one key {@code <measure>.<party>} per party in scenario order. With no
     * years every value is 0.
     */
    /** Whether a {@link #runSummary} key names a quantity in [0, 1] (compliance, influence), whose interval stays there. */
    public static boolean inUnitInterval(String key) {
        for (RunMeasure m : RunMeasure.ALL) if (key.startsWith(m.key(""))) return m.inUnitInterval();
        return false;
    }

    public static Map<String, Double> runSummary(RunWorld world, List<YearRecord> years) {
        return runSummary(world.game().partyIds(), years);
    }

    /** {@link #runSummary(RunWorld, List)} for the parties {@code parties} (ids in scenario order). */
    public static Map<String, Double> runSummary(List<String> parties, List<YearRecord> years) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (RunMeasure m : RunMeasure.ALL) {
            int col = COLUMNS.indexOf(m.series());
            for (String p : parties) out.put(m.key(p), m.of(years, p, col));
        }
        return out;
    }
}
