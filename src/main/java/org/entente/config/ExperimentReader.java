package org.entente.config;

import org.entente.model.ConfigField;
import org.entente.model.Design;
import org.entente.model.Experiment;
import org.entente.model.ExperimentSetting;
import org.entente.model.FieldKind;
import org.entente.model.FieldSpec;
import org.entente.model.Protocol;
import org.entente.model.YearsOutput;
import org.entente.model.Range;
import org.entente.model.StrategySpec;
import org.entente.model.Tournament;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and checks the {@code experiment:} block. Checks that need the whole config (sweep paths,
 * parameters of type-less strategy overrides) are kept as drafts for {@link ConfigLoader}.
 */
final class ExperimentReader {
    static final FieldSpec NAME = FieldSpec.of("name", FieldKind.TEXT, "the file name without extension", null,
            "the experiment's name: names the default results directory");
    static final FieldSpec SCENARIO = FieldSpec.of("scenario", FieldKind.TEXT, "none (an inline scenario:)",
            "a file name relative to this file, inside its directory", "the scenario file, instead of an inline scenario:");
    static final FieldSpec RUNS = FieldSpec.number("runs", 100, Range.integers(1, 100_000_000),
            "replications per design point");
    static final FieldSpec SEED = FieldSpec.of("seed", FieldKind.NUMBER, "1", "a 64-bit integer", "the master seed");
    static final FieldSpec NOISE = FieldSpec.of("noise", FieldKind.STRUCTURE, "no noise", "a mapping (below)",
            "per-run Monte Carlo perturbation of interests and reservations");
    static final FieldSpec STRATEGY = FieldSpec.of("strategy", FieldKind.STRUCTURE,
            "the protocol's (zeuthen under monotonic_concession, else boulware)", "a strategy (docs/strategies.md)",
            "the strategy of every party that names none");
    static final FieldSpec STRATEGIES = FieldSpec.of("strategies", FieldKind.STRUCTURE, "none",
            "a mapping of party ids to strategies", "per-party overrides of the scenario's strategies");
    static final FieldSpec SWEEP = FieldSpec.of("sweep", FieldKind.STRUCTURE, "none (one design point)",
            "a mapping (below)", "the parameters to vary and how");
    static final FieldSpec OUTPUTS = FieldSpec.of("outputs", FieldKind.STRUCTURE, "as below", "a mapping (below)",
            "which optional outputs to write");
    static final FieldSpec COMMON_RANDOM_NUMBERS = FieldSpec.of("common_random_numbers", FieldKind.BOOLEAN, "false",
            null, "replicate r of every design point uses the random stream of (seed, r), so design points are "
                    + "compared on common random numbers");
    static final FieldSpec TOURNAMENT = FieldSpec.of("tournament", FieldKind.STRUCTURE, "none",
            "a mapping (below)", "a round robin between strategies, instead of strategies and sweep");
    static final ConfigField[] KEYS = {NAME, SCENARIO, ExperimentSetting.PROTOCOL, ExperimentSetting.DEADLINE, RUNS,
            SEED, NOISE, STRATEGY, STRATEGIES, SWEEP, OUTPUTS, COMMON_RANDOM_NUMBERS, TOURNAMENT};
    static final ConfigField[] NOISE_KEYS = {ExperimentSetting.NOISE_INTERESTS, ExperimentSetting.NOISE_RESERVATION};
    static final FieldSpec TRACE = FieldSpec.of("trace", FieldKind.BOOLEAN, "false", null,
            "write rounds.csv, every action of every run");
    static final FieldSpec CHARTS = FieldSpec.of("charts", FieldKind.BOOLEAN, "true", null,
            "write charts and report.html");
    static final FieldSpec FORMATS = FieldSpec.of("formats", FieldKind.STRUCTURE, "[png]",
            "a list of png, svg, pdf (png is always written)", "chart formats: svg and pdf add vector charts for papers");
    static final FieldSpec YEARS = FieldSpec.of("years", FieldKind.NAME, YearsOutput.ALL.id(),
            "one of " + String.join(", ", YearsOutput.ids()), "which runs' years years.csv keeps (sample: the first "
                    + YearsOutput.SAMPLE_REPLICATES + " replicates of each design point; years_summary.csv always covers every run)");
    static final FieldSpec COMPRESS = FieldSpec.of("compress", FieldKind.BOOLEAN, "false", null,
            "write every CSV gzip-compressed (runs.csv.gz, ...)");
    static final ConfigField[] OUTPUT_KEYS = {TRACE, CHARTS, YEARS, COMPRESS, FORMATS};
    static final FieldSpec DESIGN = FieldSpec.of("design", FieldKind.NAME, Design.GRID.id(),
            "one of " + String.join(", ", Design.ids()), "how design points are chosen");
    static final FieldSpec SAMPLES = FieldSpec.number("samples", "required except for grid", Range.integers(1, 10_000_000),
            "the number of design points of a sampled design; saltelli: base samples (N·(k+2) points), "
                    + "morris: trajectories (N·(k+1) points), at least 2");
    static final FieldSpec LEVELS = FieldSpec.number("levels", Experiment.Sweep.DEFAULT_LEVELS, Range.integers(2, 1000),
            "morris only: the grid levels of each parameter (an even number)");
    static final FieldSpec PARAMETERS = FieldSpec.of("parameters", FieldKind.STRUCTURE, "required",
            "a list of at least one parameter (below)", "the swept parameters");
    static final ConfigField[] SWEEP_KEYS = {DESIGN, SAMPLES, LEVELS, PARAMETERS};
    static final FieldSpec PATH = FieldSpec.of("path", FieldKind.TEXT, "required", "a sweep path (below)",
            "the swept field");
    static final FieldSpec VALUES = FieldSpec.of("values", FieldKind.STRUCTURE, "values or min and max is required",
            "a list of numbers, or of names for a name-valued path", "the values to take");
    static final FieldSpec MIN = FieldSpec.number("min", "values or min and max is required", Range.ANY,
            "lower end of the values, within the path's range");
    static final FieldSpec MAX = FieldSpec.number("max", "values or min and max is required", Range.ANY,
            "upper end of the values, >= min, within the path's range");
    static final FieldSpec STEPS = FieldSpec.number("steps", "required with min and max for grid",
            Range.integers(1, 1_000_000), "grid: evenly spaced values from min to max, both included");
    static final ConfigField[] PARAMETER_KEYS = {PATH, VALUES, MIN, MAX, STEPS};

    private final Problems problems;
    /** Strategy overrides by party, to check once the effective types are known. */
    final Map<String, StrategyDraft> overrides = new LinkedHashMap<>();
    /** The nodes of each override's party key. */
    final Map<String, YamlNode.Entry> overrideKeys = new LinkedHashMap<>();
    /** Each sweep parameter's node (for locating path and value errors). */
    final List<YamlNode.Mapping> sweepNodes = new ArrayList<>();
    StrategyDraft defaultStrategy;
    YamlNode protocolNode;
    boolean protocolGiven;

    ExperimentReader(Problems problems) {
        this.problems = problems;
    }

    /** The experiment with defaults filled in, or null when it has errors (all reported). */
    Experiment read(YamlNode node, String defaultName, int parties) {
        int before = problems.size();
        Fields f = node == null ? null : Fields.of(problems, node, "experiment");
        if (node != null && f == null) return null;
        if (f == null) f = new Fields(problems, new YamlNode.Mapping(1, 1, List.of()), "experiment");
        f.allow(KEYS);
        String name = f.text(NAME.key(), defaultName, false);
        String scenario = f.text(SCENARIO.key(), null, false);
        Protocol protocol = parties == 2 ? Protocol.ALTERNATING_OFFERS : Protocol.STACKED_ALTERNATING_OFFERS;
        String protocolKey = ExperimentSetting.PROTOCOL.key();
        protocolGiven = f.has(protocolKey);
        protocolNode = f.value(protocolKey);
        String protocolId = f.name(protocolKey, Protocol.ids(), "protocol", "");
        if (protocolId != null) protocol = Protocol.find(protocolId).orElseThrow();
        int deadline = f.number(ExperimentSetting.DEADLINE).intValue();
        int runs = f.number(RUNS).intValue();
        long seed = seed(f);
        Experiment.Noise noise = Experiment.Noise.NONE;
        Fields nf = f.fields(NOISE.key());
        if (nf != null) {
            nf.allow(NOISE_KEYS);
            noise = new Experiment.Noise(nf.number(ExperimentSetting.NOISE_INTERESTS),
                    nf.number(ExperimentSetting.NOISE_RESERVATION));
        }
        StrategySpec strategy = null;
        YamlNode.Entry se = f.entry(STRATEGY.key());
        if (se != null) {
            defaultStrategy = StrategyDraft.read(problems, se.value(), f.path("strategy"), false);
            if (defaultStrategy != null) strategy = defaultStrategy.check(problems, null);
        }
        Fields sf = f.fields(STRATEGIES.key());
        if (sf != null) {
            for (YamlNode.Entry e : sf.node.entries()) {
                StrategyDraft d = StrategyDraft.read(problems, e.value(), sf.path(Messages.shorten(e.key())), true);
                overrideKeys.put(e.key(), e);
                if (d != null) overrides.put(e.key(), d);
            }
        }
        Experiment.Sweep sweep = sweep(f);
        Experiment.Outputs outputs = new Experiment.Outputs(false, true);
        Fields of = f.fields(OUTPUTS.key());
        if (of != null) {
            of.allow(OUTPUT_KEYS);
            String years = of.name(YEARS.key(), YearsOutput.ids(), "years setting", "");
            outputs = new Experiment.Outputs(of.bool(TRACE), of.bool(CHARTS),
                    years == null ? YearsOutput.ALL : YearsOutput.find(years).orElseThrow(), of.bool(COMPRESS), formats(of));
        }
        boolean crn = f.bool(COMMON_RANDOM_NUMBERS);
        Tournament tournament = TournamentReader.read(problems, f, parties);
        if (problems.size() > before) return null;
        return new Experiment(name, scenario, protocol, deadline, runs, seed, noise, strategy, Map.of(), sweep, outputs,
                crn, tournament);
    }
    /** outputs.formats: a list of known format ids, png first and always. */
    private List<String> formats(Fields outputs) {
        List<String> out = new ArrayList<>(List.of("png"));
        List<YamlNode> items = outputs.list(FORMATS.key());
        if (items == null) return out;
        for (int i = 0; i < items.size(); i++) {
            YamlNode n = items.get(i);
            String id = n instanceof YamlNode.Scalar s ? s.text().trim().toLowerCase(java.util.Locale.ROOT) : null;
            if (id == null || !Experiment.Outputs.FORMATS.contains(id)) {
                problems.at(n, outputs.path(FORMATS.key()) + "[" + i + "]", "found " + n.kindName()
                        + "; expected one of " + String.join(", ", Experiment.Outputs.FORMATS));
            } else if (!out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private long seed(Fields f) {
        YamlNode.Entry e = f.entry(SEED.key());
        if (e == null) return 1;
        if (e.value() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NUMBER && s.integral()) {
            try {
                String t = s.text().replace("_", "");
                BigInteger b = t.startsWith("0x") || t.startsWith("-0x") ? new BigInteger(t.replace("0x", ""), 16)
                        : new BigInteger(t.startsWith("+") ? t.substring(1) : t);
                if (b.bitLength() < 64) return b.longValue();
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        problems.at(e.value(), f.path("seed"), (e.value() instanceof YamlNode.Scalar s
                && s.type() == YamlNode.ScalarType.NUMBER ? Messages.shorten(s.text()) + " is not a 64-bit whole number"
                : "found " + e.value().kindName()) + "; expected an integer between -9223372036854775808 and "
                + "9223372036854775807");
        return 1;
    }

    private Experiment.Sweep sweep(Fields experiment) {
        Fields f = experiment.fields(SWEEP.key());
        if (f == null) return Experiment.Sweep.NONE;
        f.allow(SWEEP_KEYS);
        String designId = f.name(DESIGN.key(), Design.ids(), "design", "");
        Design design = designId != null ? Design.find(designId).orElseThrow() : Design.GRID;
        int samples = 0;
        if (design != Design.GRID) {
            Double s = f.has("samples") ? f.number(SAMPLES, null) : null;
            if (!f.has("samples")) f.missing("samples", "the number of design points (an integer >= 1) for design "
                    + design.id());
            samples = s == null ? 0 : s.intValue();
        } else if (f.has("samples")) {
            samples = f.number(SAMPLES, 0.0).intValue();
        }
        if (design.isSensitivity() && f.has("samples") && samples == 1) {
            problems.at(f.value("samples"), f.path("samples"), "1 is too few for design " + design.id()
                    + "; expected at least 2 " + (design == Design.MORRIS ? "trajectories" : "base samples"));
        }
        int levels = levels(f, design);
        List<Experiment.SweepParameter> params = new ArrayList<>();
        List<YamlNode> items = f.list("parameters");
        if (items == null) {
            if (!f.has("parameters")) f.missing("parameters", "a list of parameters, each with path and values "
                    + "or min/max");
            return new Experiment.Sweep(design, samples, params, levels);
        }
        if (items.isEmpty()) {
            problems.at(f.value("parameters"), f.path("parameters"), "empty; expected at least one parameter");
        }
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String ip = f.path("parameters") + "[" + i + "]";
            Fields pf = Fields.of(problems, items.get(i), ip);
            if (pf == null) continue;
            int before = problems.size();
            pf.allow(PARAMETER_KEYS);
            String path = pf.text("path", null, true);
            if (path != null && paths.contains(path)) {
                problems.at(pf.value("path"), pf.path("path"), "'" + Messages.shorten(path) + "' is swept twice; "
                        + "expected each path once");
            }
            if (path != null) paths.add(path);
            List<Object> values = null;
            List<YamlNode> vs = pf.list("values");
            if (vs != null) {
                values = new ArrayList<>();
                if (vs.isEmpty()) problems.at(pf.value("values"), pf.path("values"), "empty; expected at least one value");
                for (int k = 0; k < vs.size(); k++) {
                    YamlNode v = vs.get(k);
                    if (v instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NUMBER) {
                        if (Double.isNaN(s.number()) || Double.isInfinite(s.number())) {
                            problems.at(v, pf.path("values") + "[" + k + "]", Messages.shorten(s.text())
                                    + " is out of range; expected a finite number");
                        }
                        values.add(s.number());
                    } else if (v instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING) {
                        values.add(s.text());
                    } else {
                        problems.at(v, pf.path("values") + "[" + k + "]", "found " + v.kindName()
                                + "; expected a number (or a name for protocol and strategy type paths)");
                    }
                }
            }
            Double min = pf.number(MIN, null);
            Double max = pf.number(MAX, null);
            Double stepsD = pf.number(STEPS, null);
            Integer steps = stepsD == null ? null : stepsD.intValue();
            boolean hasRange = pf.has("min") || pf.has("max");
            if (vs != null && hasRange) {
                problems.atKey(pf.node.entry(pf.has("min") ? "min" : "max"), pf.path(pf.has("min") ? "min" : "max"),
                        "both values and min/max given; expected either values or min and max");
            } else if (vs == null && !hasRange && !pf.has("values")) {
                problems.at(pf.node, pf.path("values"), "missing; expected values: [...] or min and max"
                        + (design == Design.GRID ? " with steps" : ""));
            } else if (hasRange) {
                if (!pf.has("min")) pf.missing("min", "a number (with max)");
                if (!pf.has("max")) pf.missing("max", "a number (with min)");
                if (min != null && max != null && min > max) {
                    problems.at(pf.value("max"), pf.path("max"), "max is below min; expected max >= min");
                }
                if (design == Design.GRID && !pf.has("steps")) {
                    pf.missing("steps", "the number of grid values from min to max (an integer >= 1) for design grid");
                }
                if (design == Design.GRID && steps != null && steps == 1 && min != null && max != null && !min.equals(max)) {
                    problems.at(pf.value("steps"), pf.path("steps"), "1 step cannot include both min and max; "
                            + "expected steps >= 2");
                }
                if (design.isSensitivity() && min != null && max != null && min.equals(max)) {
                    problems.at(pf.value("max"), pf.path("max"), "max equals min, so design " + design.id()
                            + " cannot vary it; expected max > min");
                }
            }
            if (design.isSensitivity() && vs != null) {
                problems.atKey(pf.node.entry("values"), pf.path("values"), "design " + design.id() + " takes only "
                        + "min and max parameters; expected min and max instead of values");
            }
            if (problems.size() == before) {
                params.add(new Experiment.SweepParameter(path, values, min, max, steps));
                sweepNodes.add(pf.node);
            }
        }
        return new Experiment.Sweep(design, samples, params, levels);
    }

    /** Morris's grid levels: an even number, and given only for design morris. */
    private int levels(Fields f, Design design) {
        int levels = f.number(LEVELS).intValue();
        if (!f.has(LEVELS.key())) return levels;
        if (design != Design.MORRIS) {
            problems.atKey(f.node.entry(LEVELS.key()), f.path(LEVELS.key()), "levels applies to design morris only; "
                    + "expected no levels for design " + design.id());
        } else if (levels % 2 != 0) {
            problems.at(f.value(LEVELS.key()), f.path(LEVELS.key()), levels + " is odd; expected an even number of "
                    + "levels (Morris's step is levels / (2 (levels - 1)) of the range)");
        }
        return levels;
    }
}
