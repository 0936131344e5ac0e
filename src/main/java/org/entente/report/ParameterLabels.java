package org.entente.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.model.ParameterSpec;
import org.entente.model.StrategyType;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable names for sweep paths ("Lesotho's reservation" for {@code parties.lesotho.reservation}),
 * built from the manifest's config (party names, official titles, issue labels, strategy
 * parameters), so chart titles read well on a projector; charts keep the exact path nearby.
 */
final class ParameterLabels {
    /** "Kingdom of Lesotho" → "Lesotho", "People's Republic of China" → "China". */
    private static final Pattern STATE_FORM = Pattern.compile("^(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?"
            + "(?:Kingdom|Republic|Federation|Commonwealth|Principality|Emirate|Sultanate|State|Confederation|Grand Duchy)"
            + "\\s+of\\s+(?:the\\s+)?(.+)$", Pattern.CASE_INSENSITIVE);

    private ParameterLabels() {
    }

    /** A readable label for {@code path}; the path itself when it is not recognised. */
    static String of(ReportInput in, String path) {
        String[] p = path.split("\\.", -1);
        JsonNode scenario = in.scenario();
        switch (p[0]) {
            case "parties" -> {
                if (p.length < 3) return path;
                String party = party(in, p[1]);
                switch (p[2]) {
                    case "reservation", "power", "capacity":
                        if (p.length == 3) return possessive(party) + " " + p[2];
                        break;
                    case "discount":
                        if (p.length == 3) return possessive(party) + " discount factor";
                        break;
                    case "ratification":
                        if (p.length == 3) return possessive(party) + " ratification threshold";
                        break;
                    case "weights":
                        if (p.length == 4) return possessive(party) + " weight on " + issue(in, p[3]);
                        break;
                    case "strategy":
                        if (p.length == 4) return strategyParam(in, p[1], party, p[3]);
                        break;
                    case "officials":
                        if (p.length >= 5) {
                            String who = possessive(party) + " " + official(scenario, p[1], p[3]);
                            if (p[4].equals("interests") && p.length == 6) return who + ": interest in " + words(p[5]);
                            if (p.length == 5 && (p[4].equals("power") || p[4].equals("reservation"))) {
                                return who + ": " + p[4];
                            }
                        }
                        break;
                    default:
                        break;
                }
                return path;
            }
            case "issues" -> {
                if (p.length != 3) return path;
                String bound = switch (p[2]) {
                    case "min" -> "lowest value";
                    case "max" -> "highest value";
                    case "step" -> "step";
                    default -> p[2];
                };
                return issue(in, p[1]) + ": " + bound;
            }
            case "implementation" -> {
                return p.length == 2 ? words(p[1]) : path;
            }
            case "experiment" -> {
                if (p.length == 2 && p[1].equals("deadline")) return "deadline (rounds)";
                if (p.length == 2 && p[1].equals("protocol")) return "protocol";
                if (p.length == 3 && p[1].equals("noise")) {
                    return p[2].equals("reservation") ? "noise on reservations" : "noise on " + words(p[2]);
                }
                if (p.length == 4 && p[1].equals("strategies")) return strategyParam(in, p[2], party(in, p[2]), p[3]);
                return path;
            }
            default -> {
                return path;
            }
        }
    }

    /** A party's short display name: its config name without a state form ("Kingdom of"), else its id. */
    static String party(ReportInput in, String id) {
        return shortName(in.parties().name(id));
    }

    static String shortName(String name) {
        Matcher m = STATE_FORM.matcher(name.trim());
        return m.matches() ? m.group(1).trim() : name.trim();
    }

    /** "Lesotho's", "United States'". */
    static String possessive(String name) {
        return name + (name.endsWith("s") ? "'" : "'s");
    }

    static String words(String id) {
        return id.replace('_', ' ');
    }

    private static String issue(ReportInput in, String id) {
        String[] li = in.issues().get(id);
        return li == null || li[0].isBlank() ? words(id) : li[0];
    }

    /** An official's title up to the first comma or parenthesis ("Prime Minister (Sam Matekane)" → "Prime Minister"). */
    private static String official(JsonNode scenario, String party, String id) {
        for (JsonNode p : scenario.path("parties")) {
            if (!ReportInput.text(p.path("id")).equals(party)) continue;
            for (JsonNode o : p.path("officials")) {
                if (!ReportInput.text(o.path("id")).equals(id)) continue;
                String title = ReportInput.text(o.path("title"));
                if (title.isBlank()) title = ReportInput.text(o.path("name"));
                int cut = title.length();
                for (String stop : new String[]{",", " (", ";"}) {
                    int i = title.indexOf(stop);
                    if (i > 0) cut = Math.min(cut, i);
                }
                String s = title.substring(0, cut).trim();
                if (!s.isEmpty()) return s;
            }
        }
        return words(id);
    }

    /** "China's concession exponent e", "China's strategy" (for .type). */
    private static String strategyParam(ReportInput in, String partyId, String party, String param) {
        if (param.equals("type")) return possessive(party) + " strategy";
        Optional<ParameterSpec> spec = StrategyType.find(strategyType(in, partyId).toLowerCase(Locale.ROOT)).flatMap(t -> t.param(param));
        if (spec.isEmpty()) {
            for (StrategyType t : StrategyType.values()) {
                spec = t.param(param);
                if (spec.isPresent()) break;
            }
        }
        if (spec.isEmpty()) return possessive(party) + " strategy parameter " + param;
        String d = spec.get().description();
        int cut = d.length();
        for (String stop : new String[]{";", ":", ","}) {
            int i = d.indexOf(stop);
            if (i >= 0) cut = Math.min(cut, i);
        }
        String what = d.substring(0, cut).trim();
        if (what.isEmpty() || what.matches("[0-9].*") || what.length() > 40) return possessive(party) + " " + words(param);
        boolean named = Pattern.compile("\\b" + Pattern.quote(param) + "\\b").matcher(what).find();
        return possessive(party) + " " + what + (named ? "" : " " + param);
    }

    /** The strategy type of a party: the experiment's override, the party's own, or the default. */
    private static String strategyType(ReportInput in, String party) {
        JsonNode ex = in.experiment();
        String t = ReportInput.text(ex.path("strategies").path(party).path("type"));
        if (!t.isEmpty()) return t;
        for (JsonNode p : in.scenario().path("parties")) {
            if (ReportInput.text(p.path("id")).equals(party)) t = ReportInput.text(p.path("strategy").path("type"));
        }
        if (!t.isEmpty()) return t;
        return ReportInput.text(ex.path("strategy").path("type"));
    }
}
