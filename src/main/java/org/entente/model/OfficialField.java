package org.entente.model;

/**
 * The catalogue of an official's keys ({@code scenario.parties[].officials[].<key>}), each stored in
 * the {@link Official} component of the same name; sweepable as
 * {@code parties.<party>.officials.<official>.<key>}.
 */
public enum OfficialField implements RecordField<Official> {
    ID(FieldSpec.of("id", FieldKind.ID, "required", null, "the official's id, unique within its party")),
    TITLE(FieldSpec.of("title", FieldKind.TEXT, "the id", null, "display title")),
    HEAD(FieldSpec.of("head", FieldKind.BOOLEAN, "false", null,
            "true for the one official who negotiates (exactly one per party that lists officials)")),
    POWER(FieldSpec.number("power", 1, Range.POSITIVE, "weight in the party's utility and in ratification votes")
            .sweepable("power")),
    INTERESTS(FieldSpec.perId("interests", FieldKind.NUMBER_PER_INTEREST, 0, "1 per interest", Range.NON_NEGATIVE,
            "weight of each interest in the official's utility; an interest left out weighs 0").sweepable("interest in")),
    RESERVATION(FieldSpec.number("reservation", "the party's reservation", Range.UNIT_OPEN_TOP,
            "approves an agreement only when its utility is at or above this").sweepable("reservation")),
    VETO(FieldSpec.of("veto", FieldKind.BOOLEAN, "false", null, "true: must approve for ratification to pass"));

    private final FieldSpec spec;

    OfficialField(FieldSpec spec) { this.spec = spec; }

    @Override public FieldSpec fieldSpec() { return spec; }
}
