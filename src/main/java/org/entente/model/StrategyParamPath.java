package org.entente.model;

import org.entente.model.ParameterPaths.PathException;
import org.entente.model.ParameterPaths.Resolved;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A strategy parameter, or a name key (the preset {@code type} or a part: {@code offering},
 * {@code acceptance}, {@code model}) of a party's strategy: its own
 * ({@code parties.<party>.strategy.<param>}) or the experiment's override
 * ({@code experiment.strategies.<party>.<param>}). Parameters are those of the composition in effect.
 */
public record StrategyParamPath(Owner owner, String party, String param) implements SweepPath {
    /** Whose strategy spec the path sets. */
    public enum Owner { PARTY, EXPERIMENT }

    /** The name keys and every parameter of a party's strategy, as {@code owner}'s paths. */
    static List<SweepPath> all(Config config, Owner owner, String party) {
        StrategySpec spec = spec(config, owner, party);
        List<SweepPath> paths = new ArrayList<>();
        for (String key : spec.keys()) {
            if (!key.equals("type") || spec.type() != null) paths.add(new StrategyParamPath(owner, party, key));
        }
        return paths;
    }

    @Override
    public String text() {
        return (owner == Owner.PARTY ? "parties." + party + ".strategy." : "experiment.strategies." + party + ".") + param;
    }

    @Override
    public Resolved resolve(Config config) {
        Scenario s = config.scenario();
        if (s.partyIndex(party) < 0) {
            throw PathException.unknown(owner == Owner.PARTY ? "parties." + party : "experiment.strategies." + party,
                    "party", party, s.partyIds());
        }
        StrategySpec spec = spec(config, owner, party);
        if (StrategySpec.NAME_KEYS.contains(param)) {
            return Resolved.name(text(), spec.name(param), StrategySpec.choices(param));
        }
        ParameterSpec p = spec.parameter(param).orElseThrow(() -> PathException.unknown(text(),
                "parameter of strategy " + spec.label(), param, spec.keys()));
        return Resolved.number(text(), spec.param(param), Range.of(p));
    }

    @Override
    public Config apply(Config config, Object value) {
        boolean name = StrategySpec.NAME_KEYS.contains(param);
        if (owner == Owner.PARTY) {
            StrategySpec base = spec(config, owner, party);
            StrategySpec next = name ? base.withName(param, (String) value) : base.with(param, (Double) value);
            Party p = config.scenario().party(party);
            return config.withScenario(config.scenario().withParty(PartyField.STRATEGY.with(p, next)));
        }
        Map<String, StrategySpec> m = new LinkedHashMap<>(config.experiment().strategies());
        StrategySpec old = m.get(party);
        m.put(party, name ? config.strategyOf(party).withName(param, (String) value)
                : old != null ? old.with(param, (Double) value) : new StrategySpec(null, Map.of(param, (Double) value)));
        return config.withExperiment(config.experiment().withStrategies(m));
    }

    @Override
    public String label(PathNames names) {
        String who = Phrases.possessive(names.party(party));
        if (param.equals("type")) return who + " strategy";
        if (StrategySpec.NAME_KEYS.contains(param)) return who + " " + param + " part";
        Optional<ParameterSpec> spec = StrategyType.find(names.strategyType(party)).flatMap(t -> t.param(param));
        for (StrategyType t : StrategyType.values()) {
            if (spec.isEmpty()) spec = t.param(param);
        }
        if (spec.isEmpty()) return who + " strategy parameter " + param;
        String d = spec.get().description();
        int cut = d.length();
        for (String stop : new String[]{";", ":", ","}) {
            int i = d.indexOf(stop);
            if (i >= 0) cut = Math.min(cut, i);
        }
        String what = d.substring(0, cut).trim();
        if (what.isEmpty() || what.matches("[0-9].*") || what.length() > 40) return who + " " + Phrases.words(param);
        boolean named = Pattern.compile("\\b" + Pattern.quote(param) + "\\b").matcher(what).find();
        return who + " " + what + (named ? "" : " " + param);
    }

    /** The spec the path reads: the party's own (else its effective one), or the effective one. */
    private static StrategySpec spec(Config config, Owner owner, String party) {
        StrategySpec own = config.scenario().party(party).strategy();
        return owner == Owner.PARTY && own != null ? own : config.strategyOf(party);
    }
}
