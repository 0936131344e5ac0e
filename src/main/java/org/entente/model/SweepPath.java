package org.entente.model;

import org.entente.model.ParameterPaths.Resolved;

/**
 * A sweep path (docs/config.md, "Sweep paths") parsed once into what it addresses. It resolves
 * against a config (its current value and what it accepts), sets a value on a config, and labels
 * itself for charts: the loader, design points and the report all go through it.
 */
public sealed interface SweepPath
        permits PartyFieldPath, OfficialFieldPath, IssueFieldPath, StrategyParamPath, SettingPath, TournamentSeatPath {

    /** The path as written: "parties.lesotho.reservation". */
    String text();

    /** Checks that the ids exist in {@code config}; its current value and what it accepts. */
    Resolved resolve(Config config);

    /** {@code config} with {@code value} (Double or String, already accepted by {@link #resolve}) set. */
    Config apply(Config config, Object value);

    /** A readable name ("Lesotho's reservation") from the display names in {@code names}. */
    String label(PathNames names);

    /** Parses {@code text}; throws {@link ParameterPaths.PathException} naming what would have been valid. */
    static SweepPath parse(String text) {
        return PathGrammar.parse(text);
    }
}
