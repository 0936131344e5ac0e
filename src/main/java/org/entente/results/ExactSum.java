package org.entente.results;

import java.math.BigInteger;

/**
 * The exact sum of doubles (a superaccumulator of 32-bit limbs over the whole double range), so a
 * sum does not depend on the order of its terms: shards merged, resumed runs and any thread count
 * give the same bits. Squares are added exactly too ({@link #addSquare}, with the rounding error
 * of the product recovered by fma). Non-finite terms are the caller's to leave out.
 */
final class ExactSum {
    /** Limb k holds multiples of 2^(32k - 1074); 68 limbs cover every finite double and its carries. */
    private static final int LIMBS = 68;
    private static final int NORMALISE_EVERY = 1 << 29;

    private final long[] limbs = new long[LIMBS];
    private int pending;

    void add(double x) {
        if (x == 0) return;
        long bits = Double.doubleToRawLongBits(x);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) exp = 1;
        else mant |= 1L << 52;
        int p = exp - 1; // x = ±mant · 2^(p - 1074)
        int k = p >>> 5, s = p & 31;
        long a = (mant & 0xffffffffL) << s;
        long b = (mant >>> 32) << s;
        long sign = bits < 0 ? -1 : 1;
        limbs[k] += sign * (a & 0xffffffffL);
        limbs[k + 1] += sign * ((a >>> 32) + (b & 0xffffffffL));
        limbs[k + 2] += sign * (b >>> 32);
        if (++pending >= NORMALISE_EVERY) normalise();
    }

    /** Adds x² exactly: the rounded product and its rounding error. */
    void addSquare(double x) {
        double p = x * x;
        add(p);
        add(Math.fma(x, x, -p));
    }

    void add(ExactSum other) {
        other.normalise();
        normalise();
        for (int i = 0; i < LIMBS; i++) limbs[i] += other.limbs[i];
        normalise();
    }

    /** Carries every limb's excess into the next, leaving limbs 0..LIMBS-2 in [0, 2^32). */
    private void normalise() {
        long carry = 0;
        for (int i = 0; i < LIMBS - 1; i++) {
            long v = limbs[i] + carry;
            limbs[i] = v & 0xffffffffL;
            carry = v >> 32;
        }
        limbs[LIMBS - 1] += carry;
        pending = 0;
    }

    /** The sum in units of 2^-1074. */
    BigInteger scaled() {
        Scaled t = trimmed();
        return t.m().shiftLeft(t.exponent() + 1074);
    }

    /** A sum as m · 2^exponent. */
    record Scaled(BigInteger m, int exponent) {
    }

    /**
     * The sum as m · 2^exponent, m read from the limbs above the lowest nonzero one only: the same value as
     * {@link #scaled}, in a number the size of the sum's significant bits rather than of the whole double range.
     */
    Scaled trimmed() {
        normalise();
        int low = 0;
        while (low < LIMBS && limbs[low] == 0) low++;
        if (low == LIMBS) return new Scaled(BigInteger.ZERO, 0);
        // two's complement, big-endian: the signed top limb, then every other limb from `low` up as 32 unsigned bits
        byte[] b = new byte[8 + 4 * (LIMBS - 1 - low)];
        long top = limbs[LIMBS - 1];
        for (int j = 0; j < 8; j++) b[j] = (byte) (top >>> (56 - 8 * j));
        for (int i = LIMBS - 2, at = 8; i >= low; i--, at += 4) {
            long limb = limbs[i];
            b[at] = (byte) (limb >>> 24);
            b[at + 1] = (byte) (limb >>> 16);
            b[at + 2] = (byte) (limb >>> 8);
            b[at + 3] = (byte) limb;
        }
        return new Scaled(new BigInteger(b), 32 * low - 1074);
    }

    /**
     * The sum as text: {@code 0}, or hex digits times a power of two ({@code 1f3p-52}): the sum in units of
     * 2^-1074 with its trailing zero bits moved to the exponent, the digits as {@code BigInteger.toString(16)} writes
     * them. Read straight off the limbs, not through a BigInteger.
     */
    String encode() {
        normalise();
        // the sum as 32-bit words, least significant first; the top limb's carry takes two words
        long[] w = new long[LIMBS + 1];
        for (int i = 0; i < LIMBS - 1; i++) w[i] = limbs[i];
        w[LIMBS - 1] = limbs[LIMBS - 1] & 0xffffffffL;
        w[LIMBS] = (limbs[LIMBS - 1] >> 32) & 0xffffffffL;
        boolean negative = limbs[LIMBS - 1] < 0;
        if (negative) {
            // two's complement: invert every word and add one
            long carry = 1;
            for (int i = 0; i < w.length; i++) {
                long v = (~w[i] & 0xffffffffL) + carry;
                w[i] = v & 0xffffffffL;
                carry = v >>> 32;
            }
        }
        int lowWord = 0;
        while (lowWord < w.length && w[lowWord] == 0) lowWord++;
        if (lowWord == w.length) return "0";
        int highWord = w.length - 1;
        while (w[highWord] == 0) highWord--;
        int low = 32 * lowWord + Long.numberOfTrailingZeros(w[lowWord]);
        int high = 32 * highWord + 63 - Long.numberOfLeadingZeros(w[highWord]);
        int digits = (high - low) / 4 + 1;
        StringBuilder b = new StringBuilder(digits + 8);
        if (negative) b.append('-');
        for (int d = digits - 1; d >= 0; d--) b.append(Character.forDigit(nibble(w, low + 4 * d), 16));
        return b.append('p').append(low - 1074).toString();
    }

    /** The four bits of the words {@code w} from bit {@code at} up. */
    private static int nibble(long[] w, int at) {
        int word = at >>> 5, bit = at & 31;
        long v = w[word] >>> bit;
        if (bit > 28 && word + 1 < w.length) v |= w[word + 1] << (32 - bit);
        return (int) (v & 0xf);
    }

    /** Reads {@link #encode}'s text back, digit by digit into the limbs. */
    static ExactSum decode(String text) {
        ExactSum s = new ExactSum();
        if (text.equals("0")) return s;
        int p = text.indexOf('p');
        if (p < 0) throw new NumberFormatException("not an exact sum: " + text);
        boolean negative = text.startsWith("-");
        int first = negative || text.startsWith("+") ? 1 : 0;
        if (first >= p) throw new NumberFormatException("not an exact sum: " + text);
        int offset = Integer.parseInt(text.substring(p + 1)) + 1074; // bit of the last digit's lowest bit
        long sign = negative ? -1 : 1;
        for (int i = p - 1, at = offset; i >= first; i--, at += 4) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) throw new NumberFormatException("not an exact sum: " + text);
            if (digit == 0) continue;
            if (at < 0 || at >>> 5 >= LIMBS) throw new NumberFormatException("not an exact sum (out of range): " + text);
            s.limbs[at >>> 5] += sign * ((long) digit << (at & 31));
        }
        s.normalise();
        return s;
    }
}
