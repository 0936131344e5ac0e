package org.entente.model;

/**
 * The catalogue of a party's keys ({@code scenario.parties[].<key>}), each stored in the
 * {@link Party} component of the same name: the loader, sweep paths ({@code parties.<party>.<key>}),
 * labels, {@code describe} and docs/config.md all take them from here.
 */
public enum PartyField implements RecordField<Party> {
    ID(FieldSpec.of("id", FieldKind.ID, "required", null,
            "the party's id, unique among parties; names its columns (utility.<id>) and paths")),
    NAME(FieldSpec.of("name", FieldKind.TEXT, "the id", null, "display name")),
    RESERVATION(FieldSpec.number("reservation", 0, Range.UNIT_OPEN_TOP,
            "utility of no agreement (the disagreement point); also each official's default reservation")
            .sweepable("reservation")),
    DISCOUNT(FieldSpec.number("discount", 1, Range.UNIT_OPEN_BOTTOM,
            "per-round discount factor: an agreement in round t is worth U(p)·discount^t").sweepable("discount factor")),
    POWER(FieldSpec.number("power", 1, Range.POSITIVE, "bargaining weight: the party's share of all parties' power is its exponent in the weighted Nash point")
            .sweepable("power")),
    CAPACITY(FieldSpec.number("capacity", 1, Range.UNIT,
            "state capacity to deliver its commitments (implementation model)").sweepable("capacity")),
    PREFERENCES(FieldSpec.of("preferences", FieldKind.STRUCTURE, "required", "a preference per issue (see below)",
            "how the party values each issue, each value in [0, 1]; an issue left out is one it is indifferent to")),
    WEIGHTS(FieldSpec.perId("weights", FieldKind.NUMBER_PER_ISSUE, 1, "1 per issue", Range.NON_NEGATIVE,
            "importance of each issue inside its interest").sweepable("weight on")),
    INTERESTS(FieldSpec.perId("interests", FieldKind.NUMBER_PER_INTEREST, 0, "1 per interest", Range.NON_NEGATIVE,
            "interest weights of a party without officials (its implicit head's); ignored when officials are listed")),
    OFFICIALS(FieldSpec.of("officials", FieldKind.STRUCTURE, "one implicit head", "a list of officials (see below)",
            "the party's officials (two-level game); without them, one head official with the party's interests")),
    RATIFICATION(FieldSpec.number("ratification", 0.5, Range.UNIT,
            "share of the officials' power that must approve an agreement").sweepable("ratification threshold")),
    STRATEGY(FieldSpec.of("strategy", FieldKind.STRUCTURE, "the experiment's", "a strategy (docs/strategies.md)",
            "the strategy the party's head plays, unless experiment.strategies overrides it"));

    private final FieldSpec spec;

    PartyField(FieldSpec spec) { this.spec = spec; }

    @Override public FieldSpec fieldSpec() { return spec; }
}
