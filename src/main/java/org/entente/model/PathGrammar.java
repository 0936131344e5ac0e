package org.entente.model;

import org.entente.model.ParameterPaths.PathException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses sweep paths: the roots {@code parties}, {@code issues}, {@code implementation},
 * {@code experiment}, then catalogue keys and ids, dot-separated. Which fields exist comes from the
 * catalogues; which ids exist is checked when the path is resolved against a config.
 */
final class PathGrammar {
    private static final List<String> ROOTS = List.of("parties", "issues", "implementation", "experiment");

    private PathGrammar() {
    }

    /** A path cut at its dots. */
    private record Segments(String text, String[] parts) {
        String get(int i) {
            return parts[i];
        }

        String upTo(int n) {
            return String.join(".", Arrays.copyOf(parts, n));
        }

        void need(int n, String expected) {
            if (parts.length < n) throw new PathException(text + ": incomplete path; expected " + expected);
        }

        void exact(int n) {
            if (parts.length > n) {
                throw new PathException(text + ": '" + upTo(n) + "' is a single value, it has no field '" + parts[n] + "'");
            }
        }
    }

    static SweepPath parse(String path) {
        if (path == null || path.isBlank()) throw new PathException("empty path; expected e.g. parties.<party>.reservation");
        Segments s = new Segments(path, path.split("\\.", -1));
        for (String p : s.parts()) {
            if (p.isEmpty()) throw new PathException(path + ": empty segment; expected ids separated by single dots");
        }
        return switch (s.get(0)) {
            case "parties" -> party(s);
            case "issues" -> issue(s);
            case "implementation" -> implementation(s);
            case "experiment" -> experiment(s);
            case "scenario" -> throw new PathException(path + ": paths into the scenario start at its fields, "
                    + "without 'scenario.'; expected e.g. '" + path.substring(Math.min(path.length(), 9)) + "'");
            default -> throw PathException.unknown(s.get(0), "path root", s.get(0), ROOTS);
        };
    }

    private static SweepPath party(Segments s) {
        List<String> known = known(PartyField.values());
        known.add(PartyField.OFFICIALS.key() + ".<official>.<field>");
        known.add(PartyField.STRATEGY.key() + ".<param>");
        known.add(PartyField.STRATEGY.key() + ".type");
        s.need(3, "parties.<party>.<field>, <field> one of " + String.join(", ", known));
        String party = s.get(1);
        String key = s.get(2);
        if (key.equals(PartyField.OFFICIALS.key())) return official(s, party);
        if (key.equals(PartyField.STRATEGY.key())) {
            s.need(4, s.upTo(3) + ".<param> or " + s.upTo(3) + ".type");
            s.exact(4);
            return new StrategyParamPath(StrategyParamPath.Owner.PARTY, party, s.get(3));
        }
        PartyField f = field(s, 2, PartyField.values(), known);
        return new PartyFieldPath(party, f, id(s, 2, f));
    }

    private static SweepPath official(Segments s, String party) {
        List<String> known = known(OfficialField.values());
        s.need(5, s.upTo(3) + ".<official>.<field>, <field> one of " + String.join(", ", known));
        OfficialField f = field(s, 4, OfficialField.values(), known);
        return new OfficialFieldPath(party, s.get(3), f, id(s, 4, f));
    }

    private static SweepPath issue(Segments s) {
        List<String> known = known(IssueField.values());
        s.need(3, "issues.<issue>.<field>, <field> one of " + String.join(", ", known));
        s.exact(3);
        return new IssueFieldPath(s.get(1), field(s, 2, IssueField.values(), known));
    }

    private static SweepPath implementation(Segments s) {
        List<String> known = ImplementationParameter.ids();
        s.need(2, "implementation.<param>, <param> one of " + String.join(", ", known));
        s.exact(2);
        String id = s.get(1);
        return new SettingPath(ImplementationParameter.find(id).orElseThrow(() ->
                PathException.unknown(s.upTo(2), "implementation parameter", id, known)));
    }

    private static SweepPath experiment(Segments s) {
        List<String> known = new ArrayList<>(Arrays.stream(ExperimentSetting.values()).map(ExperimentSetting::path).toList());
        known.add("strategies.<party>.<param>");
        known.add("strategies.<party>.type");
        s.need(2, "experiment.<field>, one of " + String.join(", ", known));
        String key = s.get(1);
        if (key.equals("strategies")) {
            s.need(4, "experiment.strategies.<party>.<param> or experiment.strategies.<party>.type");
            s.exact(4);
            return new StrategyParamPath(StrategyParamPath.Owner.EXPERIMENT, s.get(2), s.get(3));
        }
        if (key.equals("tournament")) {
            s.need(3, "experiment.tournament.<party>");
            s.exact(3);
            return TournamentSeatPath.of(s.get(2));
        }
        if (key.equals("runs") || key.equals("seed")) {
            throw new PathException(s.text() + ": experiment." + key + " is not sweepable; sweepable experiment fields: "
                    + String.join(", ", known));
        }
        List<ExperimentSetting> group = Arrays.stream(ExperimentSetting.values())
                .filter(e -> e.path().split("\\.")[0].equals(key)).toList();
        if (group.isEmpty()) throw PathException.unknown(s.upTo(2), "field", key, known);
        if (!group.get(0).path().contains(".")) {
            s.exact(2);
            return new SettingPath(group.get(0));
        }
        List<String> sub = group.stream().map(ExperimentSetting::key).toList();
        s.need(3, String.join(" or ", group.stream().map(e -> "experiment." + e.path()).toList()));
        s.exact(3);
        return new SettingPath(group.stream().filter(e -> e.key().equals(s.get(2))).findFirst()
                .orElseThrow(() -> PathException.unknown(s.upTo(3), "field", s.get(2), sub)));
    }

    /** The sweepable keys of a catalogue as paths: "reservation", "weights.<issue>". */
    private static List<String> known(ConfigField[] catalogue) {
        List<String> known = new ArrayList<>();
        for (ConfigField f : catalogue) {
            FieldSpec spec = f.fieldSpec();
            if (spec.isSweepable()) known.add(spec.kind().perId() ? f.key() + ".<" + spec.kind().idName() + ">" : f.key());
        }
        return known;
    }

    /** The sweepable field named by segment {@code at}, with the path's length checked for its kind. */
    private static <F extends ConfigField> F field(Segments s, int at, F[] catalogue, List<String> known) {
        String key = s.get(at);
        F f = ConfigField.find(catalogue, key).filter(x -> x.fieldSpec().isSweepable())
                .orElseThrow(() -> PathException.unknown(s.upTo(at + 1), "field", key, known));
        if (f.fieldSpec().kind().perId()) {
            s.need(at + 2, s.upTo(at + 1) + ".<" + f.fieldSpec().kind().idName() + ">");
            s.exact(at + 2);
        } else {
            s.exact(at + 1);
        }
        return f;
    }

    /** The id after a per-id field ("share" in weights.share), else null. */
    private static String id(Segments s, int at, ConfigField f) {
        return f.fieldSpec().kind().perId() ? s.get(at + 1) : null;
    }
}
