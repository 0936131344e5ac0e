package org.entente.negotiation.strategy;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The subgame-perfect equilibrium of the bilateral alternating-offers game with a deadline (Ståhl
 * 1972; Rubinstein 1982), by backward induction over the Pareto frontier of a set of agreements.
 * Party 0 proposes in even rounds, party 1 in odd ones; an offer made in round t and accepted in
 * round t + 1 is worth U·δ^t; an offer made in the last round cannot be accepted. In round t the
 * proposer offers the responder exactly its continuation value (what it gets by proposing in t + 1),
 * on the frontier taken as continuous (linear between its points), when that beats waiting;
 * the offer made is the frontier point nearest to that one, and a responder takes any offer at least
 * as good as its continuation value or that nearest point (so the grid costs at most half a step).
 */
final class EquilibriumPlan {
    private static final double TOLERANCE = 1e-12;

    /** Per round: the index (into the agreements) the proposer offers, or -1 (nothing the responder takes beats waiting). */
    private final int[] proposals;
    /** Per round: this party's continuation value (worth) at the start of the round. */
    private final double[] values;
    private final int lastAgreement;

    /**
     * @param utility     utility[party][k] of agreement k, parties in turn order
     * @param discount    each party's discount factor per round
     * @param reservation each party's reservation (the worth of no agreement)
     * @param me          the party whose values this plan keeps (0 or 1)
     */
    EquilibriumPlan(double[][] utility, double[] discount, double[] reservation, int deadline, int me) {
        this.proposals = new int[Math.max(1, deadline)];
        this.values = new double[proposals.length];
        Frontier[] view = {new Frontier(utility[0], utility[1]), new Frontier(utility[1], utility[0])};
        double[] v = reservation.clone();
        int last = -1;
        int end = proposals.length - 1;
        proposals[end] = -1;
        values[end] = v[me];
        for (int t = end - 1; t >= 0; t--) {
            int p = t % 2, q = 1 - p;
            double fp = factor(discount[p], t), fq = factor(discount[q], t);
            double need = utilityWorth(v[q], fq);
            Frontier f = view[p];
            int k = f.firstReaching(need);
            proposals[t] = -1;
            if (k >= 0) {
                double got = f.proposerAt(need, k), given = Math.max(need, f.responder[0]);
                int offer = f.nearest(need, k, utilityWorth(reservation[q], fq), utilityWorth(reservation[p], fp));
                if (offer >= 0 && got * fp >= v[p] - TOLERANCE && got * fp >= reservation[p] - TOLERANCE) {
                    v[p] = got * fp;
                    v[q] = given * fq;
                    proposals[t] = offer;
                    if (last < 0) last = t;
                }
            }
            values[t] = v[me];
        }
        this.lastAgreement = last;
    }

    static double factor(double discount, int round) {
        return discount == 1.0 ? 1.0 : Math.pow(discount, round);
    }

    /** The utility that is worth {@code worth} at discount factor {@code factor}. */
    private static double utilityWorth(double worth, double factor) {
        if (factor > 0) return worth / factor;
        return worth > 0 ? Double.POSITIVE_INFINITY : 0;
    }

    /** The agreement (index) the proposer of {@code round} offers; -1 when none. */
    int proposal(int round) {
        return round >= 0 && round < proposals.length ? proposals[round] : -1;
    }

    /** This party's continuation value (worth) at the start of {@code round}. */
    double value(int round) {
        return values[Math.min(Math.max(0, round), values.length - 1)];
    }

    /** Whether an agreement is still proposed in {@code round} or later. */
    boolean agreementFrom(int round) {
        return lastAgreement >= round;
    }

    /**
     * The Pareto frontier from a proposer's side: points sorted by the responder's utility ascending
     * (so the proposer's descending), with the proposer's best at the responder's lowest.
     */
    private static final class Frontier {
        final double[] proposer;
        final double[] responder;
        final int[] index;

        Frontier(double[] p, double[] q) {
            Integer[] order = new Integer[p.length];
            for (int k = 0; k < order.length; k++) order[k] = k;
            // by the proposer's utility descending, then the responder's descending, then index
            Arrays.sort(order, Comparator.<Integer>comparingDouble(k -> -p[k]).thenComparingDouble(k -> -q[k])
                    .thenComparingInt(k -> k));
            int[] kept = new int[order.length];
            int n = 0;
            double best = Double.NEGATIVE_INFINITY;
            for (int k : order) {
                if (q[k] > best) {
                    kept[n++] = k;
                    best = q[k];
                }
            }
            proposer = new double[n];
            responder = new double[n];
            index = Arrays.copyOf(kept, n);
            for (int j = 0; j < n; j++) {
                proposer[j] = p[index[j]];
                responder[j] = q[index[j]];
            }
        }

        /**
         * The first point whose responder utility reaches {@code need} (within tolerance), i.e. the end
         * of the segment where the continuous frontier gives the responder exactly {@code need}; -1 when
         * no point gives it that much.
         */
        int firstReaching(double need) {
            int lo = 0, hi = responder.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (responder[mid] >= need - TOLERANCE) hi = mid;
                else lo = mid + 1;
            }
            return lo < responder.length ? lo : -1;
        }

        /** The proposer's utility on the continuous frontier where the responder gets {@code need}. */
        double proposerAt(double need, int k) {
            if (k == 0 || responder[k] <= need + TOLERANCE) return proposer[k];
            double share = (need - responder[k - 1]) / (responder[k] - responder[k - 1]);
            return proposer[k - 1] + share * (proposer[k] - proposer[k - 1]);
        }

        /**
         * The point (agreement index) nearest to the continuous one that gives the responder at least
         * {@code responderMin} and the proposer at least {@code proposerMin} (their reservations); a
         * tie goes to the responder's better; -1 when neither neighbour does.
         */
        int nearest(double need, int k, double responderMin, double proposerMin) {
            boolean upper = rational(k, responderMin, proposerMin);
            if (k == 0 || responder[k] <= need + TOLERANCE) return upper ? index[k] : -1;
            boolean lower = rational(k - 1, responderMin, proposerMin);
            if (lower && (!upper || need - responder[k - 1] < responder[k] - need)) return index[k - 1];
            return upper ? index[k] : -1;
        }

        private boolean rational(int j, double responderMin, double proposerMin) {
            return responder[j] >= responderMin - TOLERANCE && proposer[j] >= proposerMin - TOLERANCE;
        }
    }
}
