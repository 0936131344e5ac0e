package org.entente.model;

import org.entente.model.ParameterPaths.PathException;
import org.entente.model.ParameterPaths.Resolved;

import java.util.List;

/** {@code parties.<party>.<field>}, or {@code parties.<party>.<field>.<issue>} for a per-issue field (weights). */
public record PartyFieldPath(String party, PartyField field, String id) implements SweepPath {

    /** The paths of {@code field} for {@code p}: one, or one per issue it has a preference on. */
    static List<SweepPath> all(Scenario s, Party p, PartyField field) {
        if (!field.fieldSpec().kind().perId()) return List.of(new PartyFieldPath(p.id(), field, null));
        return field.fieldSpec().kind().ids(s).stream()
                .filter(i -> field.fieldSpec().kind() != FieldKind.NUMBER_PER_ISSUE || p.preferences().containsKey(i))
                .map(i -> (SweepPath) new PartyFieldPath(p.id(), field, i)).toList();
    }

    @Override
    public String text() {
        return "parties." + party + "." + field.key() + (id != null ? "." + id : "");
    }

    @Override
    public Resolved resolve(Config config) {
        Party p = find(config.scenario(), party);
        if (id == null) return Resolved.number(text(), field.number(p), field.fieldSpec().range());
        checkId(config.scenario(), text(), field, id);
        return Resolved.number(text(), field.number(p, id), field.fieldSpec().range());
    }

    @Override
    public Config apply(Config config, Object value) {
        Party p = config.scenario().party(party);
        Party q = id == null ? field.with(p, value) : field.with(p, id, (Double) value);
        return config.withScenario(config.scenario().withParty(q));
    }

    @Override
    public String label(PathNames names) {
        String what = field.fieldSpec().sweepLabel();
        return Phrases.possessive(names.party(party)) + " " + (id == null ? what : what + " " + idLabel(names, field, id));
    }

    static Party find(Scenario s, String party) {
        if (s.partyIndex(party) < 0) throw PathException.unknown("parties." + party, "party", party, s.partyIds());
        return s.party(party);
    }

    /** Checks that {@code id} is an issue or interest of {@code s}, as {@code field} requires. */
    static void checkId(Scenario s, String path, ConfigField field, String id) {
        FieldKind kind = field.fieldSpec().kind();
        if (!kind.ids(s).contains(id)) throw PathException.unknown(path, kind.idName(), id, kind.ids(s));
    }

    /** An issue's label or an interest's words. */
    static String idLabel(PathNames names, ConfigField field, String id) {
        return field.fieldSpec().kind() == FieldKind.NUMBER_PER_ISSUE ? names.issue(id) : Phrases.words(id);
    }
}
