package org.entente.config;

import org.entente.model.Design;
import org.entente.model.Experiment;
import org.entente.model.ParameterPaths;
import org.entente.model.ParameterPaths.Range;
import org.entente.model.Protocol;
import org.entente.model.StrategySpec;

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
    static final List<String> KEYS = List.of("name", "scenario", "protocol", "deadline", "runs", "seed", "noise",
            "strategy", "strategies", "sweep", "outputs");
    static final Range RUNS = Range.integers(1, 100_000_000);
    static final Range SAMPLES = Range.integers(1, 10_000_000);
    static final Range STEPS = Range.integers(1, 1_000_000);

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
        String name = f.text("name", defaultName, false);
        String scenario = f.text("scenario", null, false);
        Protocol protocol = parties == 2 ? Protocol.ALTERNATING_OFFERS : Protocol.STACKED_ALTERNATING_OFFERS;
        YamlNode.Entry pe = f.entry("protocol");
        if (pe != null) {
            protocolNode = pe.value();
            protocolGiven = true;
            String id = pe.value() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING ? s.text() : null;
            if (id != null && Protocol.find(id).isPresent()) {
                protocol = Protocol.find(id).get();
            } else {
                problems.at(pe.value(), f.path("protocol"), (id != null ? "unknown protocol '" + Messages.shorten(id) + "'"
                        + Messages.didYouMean(id, Protocol.ids()) : "found " + pe.value().kindName())
                        + "; expected one of " + Messages.list(Protocol.ids()));
            }
        }
        int deadline = f.number("deadline", 100.0, ParameterPaths.DEADLINE).intValue();
        int runs = f.number("runs", 100.0, RUNS).intValue();
        long seed = seed(f);
        Experiment.Noise noise = Experiment.Noise.NONE;
        Fields nf = f.fields("noise");
        if (nf != null) {
            nf.allow("interests", "reservation");
            noise = new Experiment.Noise(nf.number("interests", 0.0, ParameterPaths.NOISE),
                    nf.number("reservation", 0.0, ParameterPaths.NOISE));
        }
        StrategySpec strategy = null;
        YamlNode.Entry se = f.entry("strategy");
        if (se != null) {
            defaultStrategy = StrategyDraft.read(problems, se.value(), f.path("strategy"), false);
            if (defaultStrategy != null) strategy = defaultStrategy.check(problems, null);
        }
        Fields sf = f.fields("strategies");
        if (sf != null) {
            for (YamlNode.Entry e : sf.node.entries()) {
                StrategyDraft d = StrategyDraft.read(problems, e.value(), sf.path(Messages.shorten(e.key())), true);
                overrideKeys.put(e.key(), e);
                if (d != null) overrides.put(e.key(), d);
            }
        }
        Experiment.Sweep sweep = sweep(f);
        Experiment.Outputs outputs = new Experiment.Outputs(false, true);
        Fields of = f.fields("outputs");
        if (of != null) {
            of.allow("trace", "charts");
            outputs = new Experiment.Outputs(of.bool("trace", false), of.bool("charts", true));
        }
        if (problems.size() > before) return null;
        return new Experiment(name, scenario, protocol, deadline, runs, seed, noise, strategy, Map.of(), sweep, outputs);
    }

    private long seed(Fields f) {
        YamlNode.Entry e = f.entry("seed");
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
        Fields f = experiment.fields("sweep");
        if (f == null) return Experiment.Sweep.NONE;
        f.allow("design", "samples", "parameters");
        Design design = Design.GRID;
        YamlNode.Entry de = f.entry("design");
        if (de != null) {
            String id = de.value() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING ? s.text() : null;
            if (id != null && Design.find(id).isPresent()) {
                design = Design.find(id).get();
            } else {
                problems.at(de.value(), f.path("design"), (id != null ? "unknown design '" + Messages.shorten(id) + "'"
                        + Messages.didYouMean(id, Design.ids()) : "found " + de.value().kindName())
                        + "; expected one of " + Messages.list(Design.ids()));
            }
        }
        int samples = 0;
        if (design != Design.GRID) {
            Double s = f.has("samples") ? f.number("samples", null, SAMPLES) : null;
            if (!f.has("samples")) f.missing("samples", "the number of design points (an integer >= 1) for design "
                    + design.id());
            samples = s == null ? 0 : s.intValue();
        } else if (f.has("samples")) {
            samples = f.number("samples", 0.0, SAMPLES).intValue();
        }
        List<Experiment.SweepParameter> params = new ArrayList<>();
        List<YamlNode> items = f.list("parameters");
        if (items == null) {
            if (!f.has("parameters")) f.missing("parameters", "a list of parameters, each with path and values "
                    + "or min/max");
            return new Experiment.Sweep(design, samples, params);
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
            pf.allow("path", "values", "min", "max", "steps");
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
            Double min = pf.number("min", null, Range.ANY);
            Double max = pf.number("max", null, Range.ANY);
            Double stepsD = pf.number("steps", null, STEPS);
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
            }
            if (problems.size() == before) {
                params.add(new Experiment.SweepParameter(path, values, min, max, steps));
                sweepNodes.add(pf.node);
            }
        }
        return new Experiment.Sweep(design, samples, params);
    }
}
