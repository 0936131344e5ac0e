package org.entente.negotiation;

/**
 * An additive utility over the offer grid: u(x) = sum over issues i of table[i][x_i].
 * Every utility in the contract (official, party) is of this form, because interest scores are
 * weighted means of issue values and officials' and parties' utilities are weighted means of those.
 */
public final class LinearUtility {
    private final double[][] table;
    private final double max;
    private final double min;

    public LinearUtility(double[][] table) {
        this(table, true);
    }

    /** A utility over {@code table} itself, which nobody else holds (a table just made for it). */
    static LinearUtility owning(double[][] table) {
        return new LinearUtility(table, false);
    }

    private LinearUtility(double[][] table, boolean copy) {
        this.table = copy ? new double[table.length][] : table;
        double hi = 0, lo = 0;
        for (int i = 0; i < table.length; i++) {
            if (copy) this.table[i] = table[i].clone();
            double a = Double.NEGATIVE_INFINITY, b = Double.POSITIVE_INFINITY;
            for (double v : table[i]) {
                a = Math.max(a, v);
                b = Math.min(b, v);
            }
            hi += a;
            lo += b;
        }
        this.max = hi;
        this.min = lo;
    }

    public double of(Offer o) {
        double s = 0;
        for (int i = 0; i < table.length; i++) s += table[i][o.get(i)];
        return s;
    }

    public double of(int[] x) {
        double s = 0;
        for (int i = 0; i < table.length; i++) s += table[i][x[i]];
        return s;
    }

    /** Contribution of grid index k of issue i. */
    public double term(int issue, int k) {
        return table[issue][k];
    }

    public int issueCount() {
        return table.length;
    }

    public int size(int issue) {
        return table[issue].length;
    }

    public double max() {
        return max;
    }

    public double min() {
        return min;
    }

    /** The outcome this utility likes best (lowest index on ties). */
    public Offer best() {
        int[] x = new int[table.length];
        for (int i = 0; i < table.length; i++) {
            int arg = 0;
            for (int k = 1; k < table[i].length; k++) if (table[i][k] > table[i][arg]) arg = k;
            x[i] = arg;
        }
        return new Offer(x);
    }

    /** w * this + (1 - w) * other, issue by issue. */
    public LinearUtility blend(double w, LinearUtility other) {
        double[][] t = new double[table.length][];
        for (int i = 0; i < table.length; i++) {
            t[i] = new double[table[i].length];
            for (int k = 0; k < t[i].length; k++) t[i][k] = w * table[i][k] + (1 - w) * other.table[i][k];
        }
        return owning(t);
    }
}
