package org.entente.model;

import org.entente.model.ParameterPaths.PathException;
import org.entente.model.ParameterPaths.Resolved;

/**
 * {@code experiment.tournament.<party>}: which entrant of the tournament sits in a party's seat. A
 * tournament's design points assign it (one point per pairing), so the seating travels with the
 * design point like any sweep assignment. The entrant's strategy replaces the party's own.
 */
public record TournamentSeatPath(String party) implements SweepPath {
    /** The path of a party's seat. */
    public static TournamentSeatPath of(String party) {
        return new TournamentSeatPath(party);
    }

    @Override
    public String text() {
        return "experiment.tournament." + party;
    }

    @Override
    public Resolved resolve(Config config) {
        Tournament t = config.experiment().tournament();
        if (t == null) throw new PathException(text() + ": the config has no experiment.tournament");
        Scenario s = config.scenario();
        if (s.partyIndex(party) < 0) throw PathException.unknown(text(), "party", party, s.partyIds());
        StrategySpec playing = s.party(party).strategy();
        String current = t.entrants().stream().filter(e -> e.strategy().equals(playing)).map(Tournament.Entrant::name)
                .findFirst().orElse(null);
        return Resolved.name(text(), current, t.names());
    }

    @Override
    public Config apply(Config config, Object value) {
        StrategySpec entrant = config.experiment().tournament().entrant((String) value).orElseThrow().strategy();
        Party p = config.scenario().party(party);
        return config.withScenario(config.scenario().withParty(PartyField.STRATEGY.with(p, entrant)));
    }

    @Override
    public String label(PathNames names) {
        return Phrases.possessive(names.party(party)) + " entrant";
    }
}
