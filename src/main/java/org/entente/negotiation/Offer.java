package org.entente.negotiation;

import java.util.Arrays;

/** A package on the table: one grid index per issue, in scenario issue order. Immutable. */
public final class Offer {
    private final int[] values;
    private final int hash;

    public Offer(int... values) {
        this(values.clone(), Arrays.hashCode(values));
    }

    private Offer(int[] values, int hash) {
        this.values = values;
        this.hash = hash;
    }

    /** The offer of {@code values}, an array no one else holds (so it is not copied). */
    private static Offer owning(int[] values) {
        return new Offer(values, Arrays.hashCode(values));
    }

    public int get(int issue) {
        return values[issue];
    }

    public int size() {
        return values.length;
    }

    public int[] toArray() {
        return values.clone();
    }

    /** This offer with issue i set to grid index k. */
    public Offer with(int issue, int k) {
        int[] v = values.clone();
        v[issue] = k;
        return owning(v);
    }

    /** Whether this offer's grid indices are {@code x}'s (compared in place: nothing is copied). */
    public boolean holds(int[] x) {
        return Arrays.equals(values, x);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Offer other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** Compact form used in ACL content and logs: indices joined by '.', e.g. "3.0.12". */
    @Override
    public String toString() {
        return appendTo(new StringBuilder(values.length * 3)).toString();
    }

    /** Appends the compact form to {@code b} (no string of its own); returns {@code b}. */
    public StringBuilder appendTo(StringBuilder b) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) b.append('.');
            int v = values[i];
            // grid indices are mostly one or two digits: as characters, without append(int)'s sizing and copying
            if (v >= 0 && v < 10) {
                b.append((char) ('0' + v));
            } else if (v >= 10 && v < 100) {
                b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
            } else {
                b.append(v);
            }
        }
        return b;
    }

    /**
     * Inverse of {@link #toString()}. Every offer in a message passes here, so the usual text (indices of up to
     * nine digits) is read in one pass; anything else takes the general path, which throws
     * NumberFormatException for what is not an offer.
     */
    public static Offer parse(String s) {
        return parse(s, 0, s.length());
    }

    /** {@link #parse(String)} of the text of {@code s} from {@code from} to {@code to}, read where it lies. */
    public static Offer parse(String s, int from, int to) {
        if (from == to) return owning(new int[0]);
        int n = 1;
        for (int i = from; i < to; i++) if (s.charAt(i) == '.') n++;
        int[] v = new int[n];
        int k = 0, digits = 0, value = 0;
        for (int i = from; i <= to; i++) {
            char c = i < to ? s.charAt(i) : '.';
            if (c == '.') {
                if (digits == 0) return parseEach(s.substring(from, to));
                v[k++] = value;
                value = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9' && digits < 9) {
                value = 10 * value + (c - '0');
                digits++;
            } else {
                return parseEach(s.substring(from, to));
            }
        }
        return owning(v);
    }

    private static Offer parseEach(String s) {
        String[] parts = s.split("\\.");
        int[] v = new int[parts.length];
        for (int i = 0; i < parts.length; i++) v[i] = Integer.parseInt(parts[i]);
        return owning(v);
    }
}
