package org.entente.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The catalogue of an issue's keys ({@code scenario.issues[].<key>}), each stored in the
 * {@link NumericIssue} or {@link DiscreteIssue} component of the same name; the numeric grid's
 * bounds and step are sweepable as {@code issues.<issue>.<key>}.
 */
public enum IssueField implements RecordField<Issue> {
    ID(Form.ANY, FieldSpec.of("id", FieldKind.ID, "required", null, "the issue's id, unique among issues")),
    LABEL(Form.ANY, FieldSpec.of("label", FieldKind.TEXT, "the id", null, "name in charts and the report")),
    INTEREST(Form.ANY, FieldSpec.of("interest", FieldKind.NAME, "required", "one of scenario.interests",
            "the interest the issue serves")),
    MIN(Form.NUMERIC, FieldSpec.number("min", "required (numeric issue)", Range.ANY, "lower end of the range")
            .sweepable("lowest value")),
    MAX(Form.NUMERIC, FieldSpec.number("max", "required (numeric issue)", Range.ANY, "upper end of the range, >= min")
            .sweepable("highest value")),
    STEP(Form.NUMERIC, FieldSpec.number("step", "(max - min) / 20", Range.POSITIVE,
            "spacing of the offer grid min, min + step, ..., which always ends at max; at most "
                    + IssueField.MAX_GRID + " grid points").sweepable("step")),
    UNIT(Form.NUMERIC, FieldSpec.of("unit", FieldKind.TEXT, "none", null, "unit shown after values (\"%\", \"US$ M\")")),
    OPTIONS(Form.DISCRETE, FieldSpec.of("options", FieldKind.STRUCTURE, "required (discrete issue)",
            "a list of distinct option names", "the options of a discrete issue, instead of min/max")),
    OBLIGOR(Form.ANY, FieldSpec.of("obligor", FieldKind.NAME, "none (shared)", "a party id",
            "the party that must deliver this commitment during implementation"));

    /** The most grid points an issue may have. */
    public static final int MAX_GRID = 1_000_000;

    /** Which issues a key belongs to. */
    public enum Form { ANY, NUMERIC, DISCRETE }

    private final Form form;
    private final FieldSpec spec;

    IssueField(Form form, FieldSpec spec) {
        this.form = form;
        this.spec = spec;
    }

    @Override public FieldSpec fieldSpec() { return spec; }

    public Form form() {
        return form;
    }

    /**
     * The values this key may take in {@code issue} as it is: min up to max, max down to min, a step
     * that keeps the grid within {@link #MAX_GRID} points (its bound rounded up to two digits).
     */
    public Range range(NumericIssue issue) {
        return switch (this) {
            case MIN -> Range.atMost(issue.max());
            case MAX -> Range.atLeast(issue.min());
            case STEP -> issue.max() > issue.min() ? Range.atLeast(new BigDecimal((issue.max() - issue.min())
                    / (MAX_GRID - 1)).round(new MathContext(2, RoundingMode.UP)).doubleValue()) : Range.POSITIVE;
            default -> spec.range();
        };
    }
}
