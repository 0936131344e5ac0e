package org.entente.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sweep paths on a config: resolve a path, apply a design point's assignments, list every sweepable
 * path. The grammar is {@link SweepPath}; this is where its users (loader, design points, describe)
 * meet it. Pure: no I/O.
 */
public final class ParameterPaths {
    private ParameterPaths() {
    }

    /** Thrown when a path does not resolve; the message lists what would have been valid there. */
    public static final class PathException extends RuntimeException {
        public PathException(String message) {
            super(message);
        }

        /** "{prefix}: unknown {what} '{given}'; known: a, b". */
        static PathException unknown(String prefix, String what, String given, List<String> known) {
            return new PathException(prefix + ": unknown " + what + " '" + given + "'; known: "
                    + (known.isEmpty() ? "none" : String.join(", ", known)));
        }
    }

    /** Whether the path takes numbers or names (protocol, strategy type). */
    public enum Kind { NUMBER, NAME }

    /** A resolved path: its kind, current value, the allowed names when kind is NAME, and the numeric range. */
    public record Resolved(String path, Kind kind, Object current, List<String> names, Range range) {
        public Resolved {
            names = names == null ? List.of() : List.copyOf(names);
            if (range == null) range = Range.ANY;
        }

        static Resolved number(String path, double current, Range range) {
            return new Resolved(path, Kind.NUMBER, current, List.of(), range);
        }

        static Resolved name(String path, String current, List<String> names) {
            return new Resolved(path, Kind.NAME, current, names, null);
        }

        /** Whether {@code value} (Double or String) may be assigned to this path. */
        public boolean accepts(Object value) {
            if (kind == Kind.NUMBER) return value instanceof Number n && range.allows(n.doubleValue());
            return value instanceof String s && names.contains(s);
        }

        /** Whether a sampled design may range up or down to {@code bound} (integer fields round their samples). */
        public boolean acceptsBound(double bound) {
            return kind == Kind.NUMBER && range.bounds().allows(bound);
        }

        /** What may be assigned, for error messages. */
        public String expected() {
            return kind == Kind.NUMBER ? range.describe() : "one of " + String.join(", ", names);
        }
    }

    /** Resolves {@code path} against {@code config}: its kind, current value and range. */
    public static Resolved resolve(Config config, String path) {
        return SweepPath.parse(path).resolve(config);
    }

    /**
     * The config of a design point: every assignment (path -> Double or String) applied in order,
     * each checked against what its path accepts at that point (sampled numbers within its bounds).
     */
    public static Config apply(Config config, Map<String, Object> assignments) {
        Config c = config;
        for (Map.Entry<String, Object> a : assignments.entrySet()) {
            SweepPath path = SweepPath.parse(a.getKey());
            Resolved r = path.resolve(c);
            Object v = a.getValue();
            if (!(r.kind() == Kind.NUMBER ? v instanceof Number n && r.acceptsBound(n.doubleValue()) : r.accepts(v))) {
                String what = r.kind() == Kind.NAME ? "unknown name '" + v + "'; known: " + String.join(", ", r.names())
                        : v instanceof Number ? v + " is out of range; expected " + r.expected()
                        : "'" + v + "' is not a number; expected " + r.expected();
                throw new PathException(a.getKey() + ": " + what);
            }
            c = path.apply(c, v instanceof Number n ? (Object) n.doubleValue() : v);
        }
        return c;
    }

    /**
     * Every sweepable path of {@code config}, resolved, in config order: each party's fields, its
     * officials' and (when the scenario gives the party a strategy the experiment does not override)
     * its strategy's; numeric issues; implementation parameters; the experiment's settings and each
     * party's effective strategy.
     */
    public static List<Resolved> all(Config config) {
        List<SweepPath> paths = new ArrayList<>();
        Scenario s = config.scenario();
        for (Party p : s.parties()) {
            for (PartyField f : PartyField.values()) {
                if (f.fieldSpec().isSweepable()) paths.addAll(PartyFieldPath.all(s, p, f));
            }
            for (Official o : p.officials()) {
                for (OfficialField f : OfficialField.values()) {
                    if (f.fieldSpec().isSweepable()) paths.addAll(OfficialFieldPath.all(s, p, o, f));
                }
            }
            if (p.strategy() != null && !config.experiment().strategies().containsKey(p.id())) {
                paths.addAll(StrategyParamPath.all(config, StrategyParamPath.Owner.PARTY, p.id()));
            }
        }
        for (Issue i : s.issues()) {
            for (IssueField f : IssueField.values()) {
                if (f.fieldSpec().isSweepable() && i instanceof NumericIssue) paths.add(new IssueFieldPath(i.id(), f));
            }
        }
        for (ImplementationParameter p : ImplementationParameter.values()) paths.add(new SettingPath(p));
        for (ExperimentSetting e : ExperimentSetting.values()) paths.add(new SettingPath(e));
        for (String party : s.partyIds()) {
            paths.addAll(StrategyParamPath.all(config, StrategyParamPath.Owner.EXPERIMENT, party));
        }
        return paths.stream().map(p -> p.resolve(config)).toList();
    }
}
