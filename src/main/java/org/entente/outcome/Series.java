package org.entente.outcome;

/**
 * A yearly quantity with one value per party, published by one process and readable by every other
 * (docs/model.md). Declared as a constant of the process that publishes it; years.csv's columns are
 * the series listed in {@link ImplementationModel#columns()}. A class rather than a record: every run
 * looks series up in hash maps, and a record's generated equals and hashCode are bound through method
 * handles spun at first use.
 */
final class Series {
    private final String name;

    Series(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Series s && s.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "Series[name=" + name + "]";
    }
}
