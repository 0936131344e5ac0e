package org.entente.analysis;

/**
 * Where an agreement lies in utility space, the automated-negotiation field's per-run measures:
 * the Euclidean distances from its vector of undiscounted utilities to the nearest point of the
 * Pareto frontier, to the Nash point and to the Kalai–Smorodinsky point (Entente's maximin
 * convention), all of the same game. NaN where undefined: no agreement, or no individually rational
 * outcome (docs/reference-points.md).
 */
public record AgreementDistances(double pareto, double nash, double kalaiSmorodinsky) {
    /** No agreement: every distance undefined. */
    public static final AgreementDistances NONE = new AgreementDistances(Double.NaN, Double.NaN, Double.NaN);

    /** The distances of the utility vector {@code u} (scenario party order) from the points of {@code ref}. */
    public static AgreementDistances of(ReferencePoints ref, double[] u) {
        double pareto = Double.POSITIVE_INFINITY;
        for (double[] f : ref.pareto()) pareto = Math.min(pareto, euclidean(u, f));
        return new AgreementDistances(ref.pareto().isEmpty() ? Double.NaN : pareto, to(ref.nash(), u),
                to(ref.kalaiSmorodinsky(), u));
    }

    private static double to(ReferencePoint p, double[] u) {
        return p == null ? Double.NaN : euclidean(u, p.utilities());
    }

    private static double euclidean(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
