package org.entente.config;

import org.entente.model.ConfigField;
import org.entente.model.FieldKind;
import org.entente.model.FieldSpec;
import org.entente.model.StrategySpec;
import org.entente.model.Tournament;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code experiment.tournament}: its entrants (strategies, each with an optional name), role
 * swap and self-play, and checks what a tournament needs of the rest of the experiment (two parties,
 * no strategy overrides, no sweep: its pairings are its design points).
 */
final class TournamentReader {
    static final FieldSpec STRATEGIES = FieldSpec.of("strategies", FieldKind.STRUCTURE, "required",
            "a list of at least two strategies (below)", "the entrants");
    static final FieldSpec ROLE_SWAP = FieldSpec.of("role_swap", FieldKind.BOOLEAN, "true", null,
            "every pair negotiates in both seats (else the entrant listed first takes the first party's seat)");
    static final FieldSpec SELF_PLAY = FieldSpec.of("self_play", FieldKind.BOOLEAN, "false", null,
            "every entrant also negotiates against itself");
    static final ConfigField[] KEYS = {STRATEGIES, ROLE_SWAP, SELF_PLAY};
    static final FieldSpec NAME = FieldSpec.of("name", FieldKind.TEXT, "the strategy's label (its preset, or "
            + "offering/acceptance/model)", "1 to 60 characters, starting with a letter; each entrant's own",
            "the entrant's name in runs.csv and tournament.csv");
    /** An entrant's own key; the rest are a strategy's (docs/strategies.md). */
    static final ConfigField[] ENTRANT_KEYS = {NAME};
    private static final Pattern NAME_PATTERN = Pattern.compile("\\p{L}[^\\p{Cntrl}]{0,59}");

    private TournamentReader() {
    }

    /** The tournament under {@code experiment}, or null when there is none or it has errors (all reported). */
    static Tournament read(Problems problems, Fields experiment, int parties) {
        YamlNode.Entry key = experiment.entry("tournament");
        if (key == null) return null;
        int before = problems.size();
        conflicts(problems, experiment, key, parties);
        Fields f = Fields.of(problems, key.value(), experiment.path("tournament"));
        if (f == null) return null;
        f.allow(KEYS);
        List<YamlNode> items = f.list(STRATEGIES.key());
        if (items == null && !f.has(STRATEGIES.key())) f.missing(STRATEGIES.key(), "a list of at least two strategies");
        List<Tournament.Entrant> entrants = new ArrayList<>();
        if (items != null) {
            if (items.size() < 2) {
                problems.at(f.value(STRATEGIES.key()), f.path(STRATEGIES.key()), items.size() + " entrant"
                        + (items.size() == 1 ? "" : "s") + "; expected at least two strategies");
            }
            Map<String, Integer> names = new LinkedHashMap<>();
            for (int i = 0; i < items.size(); i++) {
                Tournament.Entrant e = entrant(problems, items.get(i), f.path(STRATEGIES.key()) + "[" + i + "]", names, i);
                if (e != null) entrants.add(e);
            }
        }
        boolean roleSwap = f.bool(ROLE_SWAP);
        boolean selfPlay = f.bool(SELF_PLAY);
        return problems.size() > before ? null : new Tournament(entrants, roleSwap, selfPlay);
    }

    /** Reports what a tournament cannot be combined with. */
    private static void conflicts(Problems problems, Fields experiment, YamlNode.Entry key, int parties) {
        if (parties > 0 && parties != 2) {
            problems.atKey(key, experiment.path("tournament"), "a tournament is for two parties and this scenario has "
                    + parties + "; expected a scenario with exactly two parties");
        }
        for (String other : List.of("strategies", "strategy")) {
            YamlNode.Entry e = experiment.entry(other);
            if (e != null) {
                problems.atKey(e, experiment.path(other), "a tournament seats its entrants in both parties' places; "
                        + "expected no experiment." + other + " with experiment.tournament (list the strategies in "
                        + "experiment.tournament.strategies)");
            }
        }
        YamlNode.Entry sweep = experiment.entry("sweep");
        if (sweep != null) {
            problems.atKey(sweep, experiment.path("sweep"), "a tournament's design points are its pairings; expected "
                    + "no sweep with experiment.tournament (run one tournament per setting)");
        }
    }

    /** One entrant: a strategy written as for a party, with an optional {@code name}. */
    private static Tournament.Entrant entrant(Problems problems, YamlNode node, String path, Map<String, Integer> names,
                                              int index) {
        YamlNode strategy = node;
        YamlNode.Entry nameEntry = null;
        if (node instanceof YamlNode.Mapping m) {
            nameEntry = m.entry(NAME.key());
            List<YamlNode.Entry> rest = new ArrayList<>(m.entries());
            rest.remove(nameEntry);
            strategy = new YamlNode.Mapping(m.line(), m.column(), rest);
        }
        String name = nameEntry == null ? null : name(problems, nameEntry, path + "." + NAME.key());
        if (nameEntry != null && name == null) return null;
        StrategyDraft draft = StrategyDraft.read(problems, strategy, path, false);
        if (draft == null) return null;
        int before = problems.size();
        StrategySpec spec = draft.check(problems, null);
        if (problems.size() > before) return null;
        if (name == null) name = spec.label();
        Integer earlier = names.putIfAbsent(name, index);
        if (earlier != null) {
            YamlNode at = nameEntry != null ? nameEntry.value() : node;
            problems.at(at, path + (nameEntry != null ? "." + NAME.key() : ""), "entrant '" + Messages.shorten(name)
                    + "' is already entrant " + earlier + "; expected a distinct name for each entrant ("
                    + (nameEntry != null ? "" : "add ") + "name: ...)");
            return null;
        }
        return new Tournament.Entrant(name, spec);
    }

    private static String name(Problems problems, YamlNode.Entry e, String path) {
        if (e.value() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING
                && NAME_PATTERN.matcher(s.text()).matches() && s.text().strip().equals(s.text())) {
            return s.text();
        }
        problems.at(e.value(), path, "found " + e.value().kindName() + "; expected " + NAME.allowed());
        return null;
    }
}
