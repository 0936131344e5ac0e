package org.entente.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sweep paths (shared/spec/config.md, "Sweep paths"): resolve a dotted path against a config,
 * and apply assignments to get a design point's config. Pure: no I/O.
 */
public final class ParameterPaths {
    private ParameterPaths() {
    }

    /** Thrown when a path does not resolve; the message lists what would have been valid there. */
    public static final class PathException extends RuntimeException {
        public PathException(String message) {
            super(message);
        }
    }

    /** Whether the path takes numbers or names (protocol, strategy type). */
    public enum Kind { NUMBER, NAME }

    /** The allowed values of a numeric field: an interval, open or closed at each end, maybe integers only. */
    public record Range(double min, boolean minOpen, double max, boolean maxOpen, boolean integer) {
        public static final Range ANY = new Range(-Double.MAX_VALUE, false, Double.MAX_VALUE, false, false);
        public static final Range POSITIVE = new Range(0, true, Double.MAX_VALUE, false, false);
        public static final Range NON_NEGATIVE = new Range(0, false, Double.MAX_VALUE, false, false);
        public static final Range UNIT = new Range(0, false, 1, false, false);
        /** [0, 1): reservations. */
        public static final Range UNIT_OPEN_TOP = new Range(0, false, 1, true, false);
        /** (0, 1]: discount factors. */
        public static final Range UNIT_OPEN_BOTTOM = new Range(0, true, 1, false, false);

        public static Range closed(double min, double max) {
            return new Range(min, false, max, false, false);
        }

        public static Range integers(double min, double max) {
            return new Range(min, false, max, false, true);
        }

        public static Range of(ParameterSpec spec) {
            return closed(spec.min(), spec.max());
        }

        public boolean allows(double v) {
            if (Double.isNaN(v) || Double.isInfinite(v)) return false;
            if (minOpen ? v <= min : v < min) return false;
            if (maxOpen ? v >= max : v > max) return false;
            return !integer || v == Math.rint(v);
        }

        /** "a number in (0, 1]", "a number > 0", "an integer in [1, 1000000]". */
        public String describe() {
            String what = integer ? "an integer" : "a number";
            boolean lowInf = min <= -Double.MAX_VALUE;
            boolean highInf = max >= Double.MAX_VALUE;
            if (lowInf && highInf) return integer ? "an integer" : "a finite number";
            if (highInf) return what + (minOpen ? " > " : " >= ") + Numbers.format(min);
            if (lowInf) return what + (maxOpen ? " < " : " <= ") + Numbers.format(max);
            return what + " in " + (minOpen ? "(" : "[") + Numbers.format(min) + ", " + Numbers.format(max)
                    + (maxOpen ? ")" : "]");
        }
    }

    /** The largest deadline a config may ask for (rounds). */
    public static final Range DEADLINE = Range.integers(1, 1_000_000);
    /** Noise standard deviations. */
    public static final Range NOISE = Range.closed(0, 10);

    private static final List<String> PARTY_FIELDS = List.of("reservation", "discount", "power", "capacity",
            "ratification", "weights.<issue>", "officials.<official>.<field>", "strategy.<param>", "strategy.type");
    private static final List<String> OFFICIAL_FIELDS = List.of("power", "reservation", "interests.<interest>");
    private static final List<String> EXPERIMENT_FIELDS = List.of("deadline", "protocol", "noise.interests",
            "noise.reservation", "strategies.<party>.<param>", "strategies.<party>.type");
    private static final List<String> ROOTS = List.of("parties", "issues", "implementation", "experiment");

    /**
     * Checks that {@code path} addresses a sweepable field of {@code config}; returns its kind and
     * its current value. Throws {@link PathException} otherwise.
     */
    public static Resolved resolve(Config config, String path) {
        return locate(config, path).resolved();
    }

    /** The config of a design point: every assignment (path -> Double or String) applied in order. */
    public static Config apply(Config config, Map<String, Object> assignments) {
        Config c = config;
        for (Map.Entry<String, Object> a : assignments.entrySet()) {
            Target t = locate(c, a.getKey());
            Resolved r = t.resolved();
            Object v = a.getValue();
            if (r.kind() == Kind.NUMBER) {
                if (!(v instanceof Number n)) {
                    throw new PathException(a.getKey() + ": '" + v + "' is not a number; expected " + r.range().describe());
                }
                c = t.setter().apply(c, n.doubleValue());
            } else {
                String name = String.valueOf(v);
                if (!r.names().contains(name)) {
                    throw new PathException(a.getKey() + ": unknown name '" + name + "'; known: " + String.join(", ", r.names()));
                }
                c = t.setter().apply(c, name);
            }
        }
        return c;
    }

    /** A resolved path: its kind, current value, the allowed names when kind is NAME, and the numeric range. */
    public record Resolved(String path, Kind kind, Object current, List<String> names, Range range) {
        public Resolved {
            names = names == null ? List.of() : List.copyOf(names);
            if (range == null) range = Range.ANY;
        }

        public Resolved(String path, Kind kind, Object current, List<String> names) {
            this(path, kind, current, names, Range.ANY);
        }

        /** Whether {@code value} (Double or String) may be assigned to this path. */
        public boolean accepts(Object value) {
            if (kind == Kind.NUMBER) return value instanceof Number n && range.allows(n.doubleValue());
            return value instanceof String s && names.contains(s);
        }

        /** What may be assigned, for error messages. */
        public String expected() {
            return kind == Kind.NUMBER ? range.describe() : "one of " + String.join(", ", names);
        }
    }

    private interface Setter {
        Config apply(Config c, Object value);
    }

    private record Target(Resolved resolved, Setter setter) {
    }

    private static PathException unknown(String prefix, String what, String given, List<String> known) {
        return new PathException(prefix + ": unknown " + what + " '" + given + "'; known: "
                + (known.isEmpty() ? "none" : String.join(", ", known)));
    }

    private static String join(String[] parts, int n) {
        return String.join(".", java.util.Arrays.copyOf(parts, n));
    }

    private static Target number(String path, double current, Range range, Setter s) {
        return new Target(new Resolved(path, Kind.NUMBER, current, List.of(), range), s);
    }

    private static double d(Object v) {
        return ((Number) v).doubleValue();
    }

    private static Target locate(Config config, String path) {
        if (path == null || path.isBlank()) throw new PathException("empty path; expected e.g. parties.<party>.reservation");
        String[] parts = path.split("\\.", -1);
        for (String p : parts) {
            if (p.isEmpty()) throw new PathException(path + ": empty segment; expected ids separated by single dots");
        }
        return switch (parts[0]) {
            case "parties" -> party(config, path, parts);
            case "issues" -> issue(config, path, parts);
            case "implementation" -> implementation(config, path, parts);
            case "experiment" -> experiment(config, path, parts);
            case "scenario" -> throw new PathException(path + ": paths into the scenario start at its fields, "
                    + "without 'scenario.'; expected e.g. '" + path.substring(Math.min(path.length(), 9)) + "'");
            default -> throw unknown(parts[0], "path root", parts[0], ROOTS);
        };
    }

    private static void need(String path, String[] parts, int n, String expected) {
        if (parts.length < n) throw new PathException(path + ": incomplete path; expected " + expected);
    }

    private static void exact(String path, String[] parts, int n) {
        if (parts.length > n) {
            throw new PathException(path + ": '" + join(parts, n) + "' is a number, it has no field '" + parts[n] + "'");
        }
    }

    private static Target party(Config config, String path, String[] parts) {
        Scenario s = config.scenario();
        need(path, parts, 3, "parties.<party>.<field>, <party> one of " + String.join(", ", s.partyIds()));
        String pid = parts[1];
        if (s.partyIndex(pid) < 0) throw unknown("parties." + pid, "party", pid, s.partyIds());
        Party p = s.party(pid);
        String field = parts[2];
        String prefix = "parties." + pid;
        switch (field) {
            case "reservation", "discount", "power", "capacity", "ratification" -> {
                exact(path, parts, 3);
                Range range = switch (field) {
                    case "reservation" -> Range.UNIT_OPEN_TOP;
                    case "discount" -> Range.UNIT_OPEN_BOTTOM;
                    case "power" -> Range.POSITIVE;
                    default -> Range.UNIT;
                };
                double current = switch (field) {
                    case "reservation" -> p.reservation();
                    case "discount" -> p.discount();
                    case "power" -> p.power();
                    case "capacity" -> p.capacity();
                    default -> p.ratification();
                };
                return number(path, current, range, (c, v) -> c.withScenario(c.scenario().withParty(
                        withPartyField(c.scenario().party(pid), field, d(v)))));
            }
            case "weights" -> {
                need(path, parts, 4, prefix + ".weights.<issue>, <issue> one of " + String.join(", ", s.issueIds()));
                exact(path, parts, 4);
                String issue = parts[3];
                if (s.issueIndex(issue) < 0) throw unknown(prefix + ".weights." + issue, "issue", issue, s.issueIds());
                return number(path, p.weight(issue), Range.NON_NEGATIVE, (c, v) -> {
                    Party q = c.scenario().party(pid);
                    Map<String, Double> w = new LinkedHashMap<>(q.weights());
                    w.put(issue, d(v));
                    return c.withScenario(c.scenario().withParty(new Party(q.id(), q.name(), q.reservation(), q.discount(),
                            q.power(), q.capacity(), q.preferences(), w, q.interests(), q.officials(), q.ratification(),
                            q.strategy())));
                });
            }
            case "officials" -> {
                return official(config, path, parts, p);
            }
            case "strategy" -> {
                need(path, parts, 4, prefix + ".strategy.<param> or " + prefix + ".strategy.type");
                exact(path, parts, 4);
                String param = parts[3];
                StrategySpec own = p.strategy() != null ? p.strategy() : config.strategyOf(pid);
                if (StrategySpec.NAME_KEYS.contains(param)) {
                    return new Target(new Resolved(path, Kind.NAME, own.name(param), StrategySpec.choices(param), null),
                            (c, v) -> {
                                Party q = c.scenario().party(pid);
                                StrategySpec base = q.strategy() != null ? q.strategy() : c.strategyOf(pid);
                                return c.withScenario(c.scenario().withParty(q.withStrategy(base.withName(param, (String) v))));
                            });
                }
                ParameterSpec spec = own.parameter(param).orElseThrow(() -> unknown(prefix + ".strategy." + param,
                        "parameter of strategy " + own.label(), param, own.keys()));
                return number(path, own.param(param), Range.of(spec), (c, v) -> {
                    Party q = c.scenario().party(pid);
                    StrategySpec base = q.strategy() != null ? q.strategy() : c.strategyOf(pid);
                    return c.withScenario(c.scenario().withParty(q.withStrategy(base.with(param, d(v)))));
                });
            }
            default -> throw unknown(prefix + "." + field, "field", field, PARTY_FIELDS);
        }
    }

    private static Party withPartyField(Party q, String field, double v) {
        return new Party(q.id(), q.name(),
                field.equals("reservation") ? v : q.reservation(),
                field.equals("discount") ? v : q.discount(),
                field.equals("power") ? v : q.power(),
                field.equals("capacity") ? v : q.capacity(),
                q.preferences(), q.weights(), q.interests(), q.officials(),
                field.equals("ratification") ? v : q.ratification(), q.strategy());
    }

    private static Target official(Config config, String path, String[] parts, Party p) {
        String prefix = "parties." + p.id() + ".officials";
        List<String> ids = p.officials().stream().map(Official::id).toList();
        need(path, parts, 5, prefix + ".<official>.<field>, <official> one of " + String.join(", ", ids));
        String oid = parts[3];
        if (!ids.contains(oid)) throw unknown(prefix + "." + oid, "official of " + p.id(), oid, ids);
        Official o = p.official(oid);
        String field = parts[4];
        String pid = p.id();
        switch (field) {
            case "power" -> {
                exact(path, parts, 5);
                return number(path, o.power(), Range.POSITIVE, (c, v) -> replaceOfficial(c, pid, oid,
                        c.scenario().party(pid).official(oid).withPower(d(v))));
            }
            case "reservation" -> {
                exact(path, parts, 5);
                return number(path, o.reservation(), Range.UNIT_OPEN_TOP, (c, v) -> replaceOfficial(c, pid, oid,
                        c.scenario().party(pid).official(oid).withReservation(d(v))));
            }
            case "interests" -> {
                List<String> interests = config.scenario().interests();
                need(path, parts, 6, prefix + "." + oid + ".interests.<interest>, <interest> one of "
                        + String.join(", ", interests));
                exact(path, parts, 6);
                String interest = parts[5];
                if (!interests.contains(interest)) {
                    throw unknown(prefix + "." + oid + ".interests." + interest, "interest", interest, interests);
                }
                return number(path, o.interests().getOrDefault(interest, 0.0), Range.NON_NEGATIVE, (c, v) -> {
                    Official q = c.scenario().party(pid).official(oid);
                    Map<String, Double> w = new LinkedHashMap<>(q.interests());
                    w.put(interest, d(v));
                    return replaceOfficial(c, pid, oid, q.withInterests(w));
                });
            }
            default -> throw unknown(prefix + "." + oid + "." + field, "field", field, OFFICIAL_FIELDS);
        }
    }

    private static Config replaceOfficial(Config c, String pid, String oid, Official o) {
        Party p = c.scenario().party(pid);
        List<Official> list = new ArrayList<>(p.officials());
        for (int i = 0; i < list.size(); i++) if (list.get(i).id().equals(oid)) list.set(i, o);
        return c.withScenario(c.scenario().withParty(p.withOfficials(list)));
    }

    private static Target issue(Config config, String path, String[] parts) {
        Scenario s = config.scenario();
        need(path, parts, 3, "issues.<issue>.min|max|step, <issue> one of " + String.join(", ", s.issueIds()));
        exact(path, parts, 3);
        String iid = parts[1];
        if (s.issueIndex(iid) < 0) throw unknown("issues." + iid, "issue", iid, s.issueIds());
        if (!(s.issue(iid) instanceof NumericIssue n)) {
            throw new PathException("issues." + iid + ": a discrete issue has no numeric field; sweepable only on "
                    + "numeric issues: min, max, step");
        }
        String field = parts[2];
        double current = switch (field) {
            case "min" -> n.min();
            case "max" -> n.max();
            case "step" -> n.step();
            default -> throw unknown("issues." + iid + "." + field, "field", field, List.of("min", "max", "step"));
        };
        return number(path, current, field.equals("step") ? Range.POSITIVE : Range.ANY, (c, v) -> {
            NumericIssue q = (NumericIssue) c.scenario().issue(iid);
            double x = d(v);
            NumericIssue r = new NumericIssue(q.id(), q.label(), q.interest(),
                    field.equals("min") ? x : q.min(), field.equals("max") ? x : q.max(),
                    field.equals("step") ? x : q.step(), q.unit(), q.obligor());
            List<Issue> issues = new ArrayList<>(c.scenario().issues());
            issues.set(c.scenario().issueIndex(iid), r);
            return c.withScenario(c.scenario().withIssues(issues));
        });
    }

    private static Target implementation(Config config, String path, String[] parts) {
        need(path, parts, 2, "implementation.<param>, <param> one of " + String.join(", ", ImplementationParameter.ids()));
        exact(path, parts, 2);
        String id = parts[1];
        ImplementationParameter p = ImplementationParameter.find(id).orElseThrow(() -> unknown("implementation." + id,
                "implementation parameter", id, ImplementationParameter.ids()));
        Implementation impl = config.scenario().implementation() != null ? config.scenario().implementation()
                : Implementation.defaults();
        return number(path, impl.get(p), Range.of(p.spec()), (c, v) -> {
            Implementation i = c.scenario().implementation() != null ? c.scenario().implementation()
                    : Implementation.defaults();
            return c.withScenario(c.scenario().withImplementation(i.with(id, d(v))));
        });
    }

    private static Target experiment(Config config, String path, String[] parts) {
        need(path, parts, 2, "experiment.<field>, one of " + String.join(", ", EXPERIMENT_FIELDS));
        Experiment e = config.experiment();
        String field = parts[1];
        switch (field) {
            case "deadline" -> {
                exact(path, parts, 2);
                return number(path, e.deadline(), DEADLINE, (c, v) -> c.withExperiment(
                        c.experiment().withDeadline((int) Math.round(d(v)))));
            }
            case "protocol" -> {
                exact(path, parts, 2);
                return new Target(new Resolved(path, Kind.NAME, e.protocol().id(), Protocol.ids(), null),
                        (c, v) -> c.withExperiment(c.experiment().withProtocol(Protocol.find((String) v).orElseThrow())));
            }
            case "noise" -> {
                need(path, parts, 3, "experiment.noise.interests or experiment.noise.reservation");
                exact(path, parts, 3);
                Experiment.Noise n = e.noise() != null ? e.noise() : Experiment.Noise.NONE;
                String f = parts[2];
                double current = switch (f) {
                    case "interests" -> n.interests();
                    case "reservation" -> n.reservation();
                    default -> throw unknown("experiment.noise." + f, "field", f, List.of("interests", "reservation"));
                };
                return number(path, current, NOISE, (c, v) -> {
                    Experiment.Noise m = c.experiment().noise() != null ? c.experiment().noise() : Experiment.Noise.NONE;
                    return c.withExperiment(c.experiment().withNoise(f.equals("interests")
                            ? new Experiment.Noise(d(v), m.reservation()) : new Experiment.Noise(m.interests(), d(v))));
                });
            }
            case "strategies" -> {
                List<String> parties = config.scenario().partyIds();
                need(path, parts, 4, "experiment.strategies.<party>.<param>, <party> one of " + String.join(", ", parties));
                exact(path, parts, 4);
                String pid = parts[2];
                if (!parties.contains(pid)) throw unknown("experiment.strategies." + pid, "party", pid, parties);
                String param = parts[3];
                StrategySpec eff = config.strategyOf(pid);
                if (StrategySpec.NAME_KEYS.contains(param)) {
                    return new Target(new Resolved(path, Kind.NAME, eff.name(param), StrategySpec.choices(param), null), (c, v) -> {
                        Map<String, StrategySpec> m = new LinkedHashMap<>(c.experiment().strategies());
                        m.put(pid, c.strategyOf(pid).withName(param, (String) v));
                        return c.withExperiment(c.experiment().withStrategies(m));
                    });
                }
                ParameterSpec spec = eff.parameter(param).orElseThrow(() -> unknown("experiment.strategies." + pid + "."
                        + param, "parameter of strategy " + eff.label(), param, eff.keys()));
                return number(path, eff.param(param), Range.of(spec), (c, v) -> {
                    Map<String, StrategySpec> m = new LinkedHashMap<>(c.experiment().strategies());
                    StrategySpec old = m.get(pid);
                    m.put(pid, old != null ? old.with(param, d(v)) : new StrategySpec(null, Map.of(param, d(v))));
                    return c.withExperiment(c.experiment().withStrategies(m));
                });
            }
            case "runs", "seed" -> throw new PathException(path + ": experiment." + field + " is not sweepable; "
                    + "sweepable experiment fields: " + String.join(", ", EXPERIMENT_FIELDS));
            default -> throw unknown("experiment." + field, "field", field, EXPERIMENT_FIELDS);
        }
    }
}
