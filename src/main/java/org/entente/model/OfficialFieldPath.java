package org.entente.model;

import org.entente.model.ParameterPaths.PathException;
import org.entente.model.ParameterPaths.Resolved;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code parties.<party>.officials.<official>.<field>}, or {@code ...<field>.<interest>} for a
 * per-interest field (interests).
 */
public record OfficialFieldPath(String party, String official, OfficialField field, String id) implements SweepPath {

    /** The paths of {@code field} for official {@code o}: one, or one per interest of the scenario. */
    static List<SweepPath> all(Scenario s, Party p, Official o, OfficialField field) {
        if (!field.fieldSpec().kind().perId()) return List.of(new OfficialFieldPath(p.id(), o.id(), field, null));
        return field.fieldSpec().kind().ids(s).stream()
                .map(i -> (SweepPath) new OfficialFieldPath(p.id(), o.id(), field, i)).toList();
    }

    @Override
    public String text() {
        return "parties." + party + ".officials." + official + "." + field.key() + (id != null ? "." + id : "");
    }

    @Override
    public Resolved resolve(Config config) {
        Official o = find(PartyFieldPath.find(config.scenario(), party));
        if (id == null) return Resolved.number(text(), field.number(o), field.fieldSpec().range());
        PartyFieldPath.checkId(config.scenario(), text(), field, id);
        return Resolved.number(text(), field.number(o, id), field.fieldSpec().range());
    }

    @Override
    public Config apply(Config config, Object value) {
        Party p = config.scenario().party(party);
        List<Official> officials = new ArrayList<>(p.officials());
        for (int i = 0; i < officials.size(); i++) {
            Official o = officials.get(i);
            if (o.id().equals(official)) officials.set(i, id == null ? field.with(o, value) : field.with(o, id, (Double) value));
        }
        return config.withScenario(config.scenario().withParty(PartyField.OFFICIALS.with(p, officials)));
    }

    @Override
    public String label(PathNames names) {
        String what = field.fieldSpec().sweepLabel();
        return Phrases.possessive(names.party(party)) + " " + names.official(party, official) + ": "
                + (id == null ? what : what + " " + PartyFieldPath.idLabel(names, field, id));
    }

    private Official find(Party p) {
        List<String> ids = p.officials().stream().map(Official::id).toList();
        if (!ids.contains(official)) {
            throw PathException.unknown("parties." + party + ".officials." + official, "official of " + party, official, ids);
        }
        return p.official(official);
    }
}
