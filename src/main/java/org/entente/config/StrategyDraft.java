package org.entente.config;

import org.entente.model.Range;
import org.entente.model.ParameterSpec;
import org.entente.model.StrategySpec;
import org.entente.model.StrategyType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strategy spec as written ({@code {type: boulware, e: 0.2}}), kept with its nodes so its
 * parameters can be checked once the type that applies is known (an override without a type
 * takes the party's effective type, known only after the whole file is read).
 */
record StrategyDraft(String type, Map<String, YamlNode.Entry> params, String path) {

    /** Reads a spec; {@code type} is required unless {@code typeOptional}. Null when unusable. */
    static StrategyDraft read(Problems problems, YamlNode node, String path, boolean typeOptional) {
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING) {
            String t = checkType(problems, s, path + ".type", s.text());
            return t == null ? null : new StrategyDraft(t, Map.of(), path);
        }
        Fields f = Fields.of(problems, node, path);
        if (f == null) return null;
        String type = null;
        boolean ok = true;
        Map<String, YamlNode.Entry> params = new LinkedHashMap<>();
        for (YamlNode.Entry e : f.node.entries()) {
            if (e.key().equals("type")) {
                if (e.value() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING) {
                    type = checkType(problems, e.value(), path + ".type", s.text());
                    if (type == null) ok = false;
                } else {
                    problems.at(e.value(), path + ".type", "found " + e.value().kindName() + "; expected one of "
                            + Messages.list(StrategyType.ids()));
                    ok = false;
                }
            } else {
                params.put(e.key(), e);
            }
        }
        if (type == null && ok && !typeOptional) {
            f.missing("type", "one of " + Messages.list(StrategyType.ids()));
            ok = false;
        }
        if (!ok) return null;
        return new StrategyDraft(type, params, path);
    }

    private static String checkType(Problems problems, YamlNode node, String path, String t) {
        if (StrategyType.find(t).isPresent()) return t;
        problems.at(node, path, "unknown strategy '" + Messages.shorten(t) + "'"
                + Messages.didYouMean(t, StrategyType.ids()) + "; expected one of " + Messages.list(StrategyType.ids()));
        return null;
    }

    /** Checks each parameter against {@code typeId}'s catalogue; returns the spec (type may stay null). */
    StrategySpec check(Problems problems, String typeId) {
        StrategyType t = StrategyType.of(typeId);
        Map<String, Double> values = new LinkedHashMap<>();
        List<String> known = new ArrayList<>();
        known.add("type");
        for (ParameterSpec p : t.params()) known.add(p.name());
        for (ParameterSpec p : StrategyType.COMMON) known.add(p.name());
        for (YamlNode.Entry e : params.values()) {
            String p = path + "." + Messages.shorten(e.key());
            var spec = t.param(e.key());
            if (spec.isEmpty()) {
                problems.atKey(e, p, "strategy " + t.id() + " has no parameter '" + Messages.shorten(e.key()) + "'"
                        + Messages.didYouMean(e.key(), known) + "; expected one of " + Messages.list(known));
                continue;
            }
            Double v = Fields.checkNumber(problems, e.value(), p, Range.of(spec.get()));
            if (v != null) values.put(e.key(), v);
        }
        return new StrategySpec(type, values);
    }
}
