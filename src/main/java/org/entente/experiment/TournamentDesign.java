package org.entente.experiment;

import org.entente.model.Config;
import org.entente.model.Tournament;
import org.entente.model.TournamentSeatPath;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tournament's design points: one per pairing ({@link Tournament#pairings}), assigning each party's
 * seat ({@code experiment.tournament.<party>}) its entrant. Run ids, seeds, shards, resume and merge
 * then work as for any design.
 */
final class TournamentDesign {
    private TournamentDesign() {
    }

    static List<DesignPoint> points(Config config) {
        Tournament t = config.experiment().tournament();
        List<String> parties = config.scenario().partyIds();
        List<DesignPoint> out = new ArrayList<>();
        for (int[] pairing : t.pairings()) {
            Map<String, Object> seats = new LinkedHashMap<>();
            for (int seat = 0; seat < pairing.length; seat++) {
                seats.put(TournamentSeatPath.of(parties.get(seat)).text(), t.entrants().get(pairing[seat]).name());
            }
            out.add(new DesignPoint(out.size(), seats));
        }
        return out;
    }
}
