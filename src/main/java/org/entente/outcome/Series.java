package org.entente.outcome;

/**
 * A yearly quantity with one value per party, published by one process and readable by every other
 * (docs/model.md). Declared as a constant of the process that publishes it; years.csv's columns are
 * the series listed in {@link ImplementationModel#columns()}.
 */
record Series(String name) {
}
