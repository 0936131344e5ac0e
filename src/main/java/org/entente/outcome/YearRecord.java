package org.entente.outcome;

/** One party in one year of implementation; {@code values} aligned with {@link ImplementationModel#columns()}. */
public record YearRecord(int year, String party, double[] values) {
}
