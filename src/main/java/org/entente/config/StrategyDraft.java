package org.entente.config;

import org.entente.model.Range;
import org.entente.model.ParameterSpec;
import org.entente.model.StrategyComposition;
import org.entente.model.StrategyPart;
import org.entente.model.StrategySpec;
import org.entente.model.StrategyType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A strategy spec as written ({@code {type: boulware, e: 0.2}}, {@code {offering: boulware,
 * acceptance: next, model: frequency}}), its names checked against the catalogues and its parameters
 * kept with their nodes, to be checked once the composition they apply to is known (an override
 * without a type refines the party's effective strategy, known only after the whole file is read).
 */
record StrategyDraft(String type, Map<String, String> parts, Map<String, YamlNode.Entry> params, String path) {

    /**
     * Reads a spec; it must name a {@code type} or an {@code offering} part unless it is a
     * {@code refinement} (an override). Null when unusable.
     */
    static StrategyDraft read(Problems problems, YamlNode node, String path, boolean refinement) {
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING) {
            String t = checkName(problems, s, path + ".type", "type", s.text());
            return t == null ? null : new StrategyDraft(t, Map.of(), Map.of(), path);
        }
        Fields f = Fields.of(problems, node, path);
        if (f == null) return null;
        String type = null;
        boolean ok = true;
        Map<String, String> parts = new LinkedHashMap<>();
        Map<String, YamlNode.Entry> params = new LinkedHashMap<>();
        for (YamlNode.Entry e : f.node.entries()) {
            if (!StrategySpec.NAME_KEYS.contains(e.key())) {
                params.put(e.key(), e);
                continue;
            }
            String name = null;
            if (e.value() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING) {
                name = checkName(problems, e.value(), f.path(e.key()), e.key(), s.text());
            } else {
                problems.at(e.value(), f.path(e.key()), "found " + e.value().kindName() + "; expected one of "
                        + Messages.list(StrategySpec.choices(e.key())));
            }
            if (name == null) ok = false;
            else if (e.key().equals("type")) type = name;
            else parts.put(e.key(), name);
        }
        if (ok && !refinement && type == null && !parts.containsKey(StrategyPart.Kind.OFFERING.id())) {
            f.missing("type", "one of " + Messages.list(StrategyType.ids()) + ", or an offering part (offering: one of "
                    + Messages.list(StrategyPart.Kind.OFFERING.ids()) + ")");
            ok = false;
        }
        return ok ? new StrategyDraft(type, parts, params, path) : null;
    }

    /** {@code given} when it is a known name for {@code key} (a preset or a part of that kind), else null with an error. */
    private static String checkName(Problems problems, YamlNode node, String path, String key, String given) {
        List<String> known = StrategySpec.choices(key);
        if (known.contains(given)) return given;
        String what = key.equals("type") ? "strategy" : key + " part";
        problems.at(node, path, "unknown " + what + " '" + Messages.shorten(given) + "'"
                + Messages.didYouMean(given, known) + "; expected one of " + Messages.list(known));
        return null;
    }

    /**
     * Checks each parameter against the composition it applies to: this spec's own, or, when
     * {@code base} is given (an override), {@code base} refined by this spec. Returns the spec.
     */
    StrategySpec check(Problems problems, StrategySpec base) {
        StrategySpec own = new StrategySpec(type, parts, Map.of());
        StrategySpec effective = base == null ? own : base.refinedBy(own);
        StrategyComposition applies = effective.composition();
        List<String> known = effective.keys();
        Map<String, Double> values = new LinkedHashMap<>();
        for (YamlNode.Entry e : params.values()) {
            String p = path + "." + Messages.shorten(e.key());
            Optional<ParameterSpec> spec = applies.parameter(e.key());
            if (spec.isEmpty()) {
                problems.atKey(e, p, "strategy " + applies.label() + " has no parameter '" + Messages.shorten(e.key())
                        + "'" + Messages.didYouMean(e.key(), known) + "; expected one of " + Messages.list(known));
                continue;
            }
            Double v = Fields.checkNumber(problems, e.value(), p, Range.of(spec.get()));
            if (v != null) values.put(e.key(), v);
        }
        return new StrategySpec(type, parts, values);
    }
}
