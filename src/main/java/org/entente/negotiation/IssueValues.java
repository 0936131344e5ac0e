package org.entente.negotiation;

import org.entente.model.Issue;
import org.entente.model.Preference;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Memoised issue values v(k) of a preference over an issue's grid. Every run's game is compiled
 * by several agents, and run noise never changes preferences or issues, so the same tables recur
 * run after run; a preference's value is a pure function of (preference, issue, k).
 */
final class IssueValues {
    /** Bound on remembered (preference, issue) pairs; sweeps over preference parameters create new ones. */
    private static final int CAPACITY = 4096;
    private static final ConcurrentHashMap<Key, double[]> TABLES = new ConcurrentHashMap<>();

    /**
     * The same preference and issue objects: a design point's scenario is built once and its runs and agents share
     * it, so identity finds every table again without hashing the records' contents (a record's generated
     * equals and hashCode spin method handles when first used, about 15 ms of describe's start-up).
     */
    private static final class Key {
        private final Preference preference;
        private final Issue issue;

        Key(Preference preference, Issue issue) {
            this.preference = preference;
            this.issue = issue;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.preference == preference && k.issue == issue;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(preference) + System.identityHashCode(issue);
        }
    }

    private IssueValues() {
    }

    /** v(k) for every grid index k of {@code issue} (shared: callers must not modify it). */
    static double[] of(Preference preference, Issue issue) {
        Key key = new Key(preference, issue);
        double[] t = TABLES.get(key);
        if (t != null) return t;
        t = new double[issue.size()];
        for (int k = 0; k < t.length; k++) t[k] = preference.value(issue, k);
        if (TABLES.size() >= CAPACITY) TABLES.clear();
        TABLES.putIfAbsent(key, t);
        return t;
    }
}
