package org.entente.negotiation;

import java.util.Arrays;

/** A package on the table: one grid index per issue, in scenario issue order. Immutable. */
public final class Offer {
    private final int[] values;
    private final int hash;

    public Offer(int... values) {
        this.values = values.clone();
        this.hash = Arrays.hashCode(this.values);
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
        return new Offer(v);
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
        StringBuilder b = new StringBuilder(values.length * 3);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) b.append('.');
            b.append(values[i]);
        }
        return b.toString();
    }

    /**
     * Inverse of {@link #toString()}. Every offer in a message passes here, so the usual text (indices of up to
     * nine digits) is read in one pass; anything else takes the general path, which throws
     * NumberFormatException for what is not an offer.
     */
    public static Offer parse(String s) {
        if (s.isEmpty()) return new Offer();
        int n = 1;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '.') n++;
        int[] v = new int[n];
        int k = 0, digits = 0, value = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '.';
            if (c == '.') {
                if (digits == 0) return parseEach(s);
                v[k++] = value;
                value = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9' && digits < 9) {
                value = 10 * value + (c - '0');
                digits++;
            } else {
                return parseEach(s);
            }
        }
        return new Offer(v);
    }

    private static Offer parseEach(String s) {
        String[] parts = s.split("\\.");
        int[] v = new int[parts.length];
        for (int i = 0; i < parts.length; i++) v[i] = Integer.parseInt(parts[i]);
        return new Offer(v);
    }
}
