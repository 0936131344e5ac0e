package org.entente.outcome;

import java.util.Arrays;

/**
 * One party in one year of implementation; {@code values} aligned with {@link ImplementationModel#columns()}.
 * Equality compares the values, so identical series compare equal.
 */
public record YearRecord(int year, String party, double[] values) {
    public YearRecord {
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** The value of column {@code i} of {@link ImplementationModel#columns()}, without copying. */
    public double at(int i) {
        return values[i];
    }

    /** The value of a column named in {@link ImplementationModel#columns()}. */
    public double value(String column) {
        int i = ImplementationModel.columns().indexOf(column);
        if (i < 0) throw new IllegalArgumentException("no implementation column " + column
                + "; known: " + ImplementationModel.columns());
        return values[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YearRecord r && year == r.year && party.equals(r.party) && Arrays.equals(values, r.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * year + party.hashCode()) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "YearRecord[year=" + year + ", party=" + party + ", values=" + Arrays.toString(values) + "]";
    }
}
