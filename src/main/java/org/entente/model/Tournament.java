package org.entente.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code experiment.tournament}: an ANAC-style round robin between named strategies (entrants) in
 * a two-party scenario. Every ordered pair of distinct entrants negotiates (with {@code roleSwap}
 * each pair in both seats, else only the earlier-listed entrant in the first seat), and each entrant
 * against itself when {@code selfPlay}.
 */
public record Tournament(List<Entrant> entrants, boolean roleSwap, boolean selfPlay) {
    /** One entrant: its name in the results and the strategy it plays (a preset or a composition). */
    public record Entrant(String name, StrategySpec strategy) {
    }

    public Tournament {
        entrants = List.copyOf(entrants);
    }

    public Optional<Entrant> entrant(String name) {
        return entrants.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return entrants.stream().map(Entrant::name).toList();
    }

    /**
     * The pairings in play order, as entrant indices {first seat, second seat}: the first seat's entrant
     * varies slowest, both in listing order.
     */
    public List<int[]> pairings() {
        List<int[]> out = new ArrayList<>();
        for (int a = 0; a < entrants.size(); a++) {
            for (int b = 0; b < entrants.size(); b++) {
                if (a == b ? selfPlay : roleSwap || a < b) out.add(new int[]{a, b});
            }
        }
        return out;
    }
}
