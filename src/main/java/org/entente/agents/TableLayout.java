package org.entente.agents;

import org.entente.model.Official;
import org.entente.model.Party;
import org.entente.model.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who sits at one table, by JADE local name: the chair, each party's head, and each party's
 * non-head officials. Names are {@code <prefix>chair}, {@code <prefix><party>} and
 * {@code <prefix><party>.<official>}.
 */
record TableLayout(String prefix, String chair, Map<String, String> heads, Map<String, List<Seat>> officials) {

    /** A non-head official's seat: its id in the scenario and its agent's local name. */
    record Seat(String official, String agent) {
    }

    TableLayout {
        heads = Map.copyOf(heads);
        officials = Map.copyOf(officials);
    }

    static TableLayout of(String prefix, Scenario s) {
        Map<String, String> heads = new LinkedHashMap<>();
        Map<String, List<Seat>> officials = new LinkedHashMap<>();
        for (Party p : s.parties()) {
            heads.put(p.id(), prefix + p.id());
            List<Seat> seats = new ArrayList<>();
            for (Official o : p.officials()) if (!o.head()) seats.add(new Seat(o.id(), prefix + p.id() + "." + o.id()));
            officials.put(p.id(), List.copyOf(seats));
        }
        return new TableLayout(prefix, prefix + "chair", heads, officials);
    }

    String head(String party) {
        String h = heads.get(party);
        if (h == null) throw new IllegalArgumentException("no party " + party + " at table " + prefix);
        return h;
    }

    List<Seat> officialsOf(String party) {
        return officials.getOrDefault(party, List.of());
    }

    /** Every agent of the table, chair first. */
    List<String> agents() {
        List<String> all = new ArrayList<>();
        all.add(chair);
        for (String p : heads.keySet()) {
            all.add(heads.get(p));
            for (Seat s : officialsOf(p)) all.add(s.agent());
        }
        return all;
    }
}
