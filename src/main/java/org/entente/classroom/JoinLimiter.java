package org.entente.classroom;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Rate limits on joining, per client address, as token buckets: one for wrong join codes, one for
 * joins with the right code. A whole class may reach the server through one address (a school's
 * NAT), so the limits are sized for a class of 40 there, and a refusal lasts seconds, not a minute.
 *
 * <p>Wrong codes: a burst of {@value #WRONG_CODE_BURST} (two per student of a class of 40, all at the
 * same moment), then {@value #WRONG_CODES_PER_MINUTE} a minute (one every 6 s). The default join code
 * is 6 characters of 32, 32<sup>6</sup> ≈ 1.07 × 10<sup>9</sup> codes; one address gets at most
 * 80 + 10 × 90 = 980 guesses in a 90-minute class, a chance of hitting the code of
 * 980 / 1.07 × 10<sup>9</sup> ≈ 9.1 × 10<sup>-7</sup>. (A teacher's own 4-character code has only
 * 36<sup>4</sup> ≈ 1.7 × 10<sup>6</sup>: a chance of ≈ 5.8 × 10<sup>-4</sup>.)
 *
 * <p>The state holds at most {@value #MAX_ADDRESSES} addresses; while it is full, every other address
 * shares one more pair of buckets. An address leaves the state once its buckets are full again (they
 * then know nothing fresh ones would not; a full state is swept every 6 s), so each of the 1,001 pairs
 * of buckets behaves as one bucket over time, whoever uses it: a guesser with any number of addresses
 * gets at most 1,001 × 980 ≈ 981,000 guesses in 90 minutes, a chance of ≈ 9.1 × 10<sup>-4</sup> at the
 * default code, and a flood of addresses cannot grow the state.
 *
 * <p>When an address has no wrong-code token left, even the right code is refused (429) until a
 * token comes back: were the code still checked, a refusal would tell a guesser the guess was wrong
 * and a hit would still get in, and the limit would bound nothing.
 *
 * <p>Joins with the right code: {@value #JOIN_BURST} at once, then {@value #JOINS_PER_MINUTE} a minute.
 *
 * <p>An IPv6 client is limited by its /64 network, not its address: one host is usually given a whole /64
 * and may use any address in it, so per address a guesser could take a fresh pair of buckets at every try.
 */
final class JoinLimiter {
    static final int WRONG_CODE_BURST = 80;
    static final int WRONG_CODES_PER_MINUTE = 10;
    static final int JOIN_BURST = 120;
    static final int JOINS_PER_MINUTE = 120;
    static final int MAX_ADDRESSES = 1_000;
    /** How often a full state is swept for addresses to drop: the time a wrong-code token takes to come back. */
    private static final long SWEEP_NANOS = 60_000_000_000L / WRONG_CODES_PER_MINUTE;

    private final LongSupplier clock;
    private final Map<String, Allowance> byAddress = new HashMap<>();
    private final Allowance shared;
    private long swept;

    /** One address's buckets (or the shared ones of the addresses the state has no room for). */
    private static final class Allowance {
        final TokenBucket wrongCodes;
        final TokenBucket joins;

        Allowance(long now) {
            wrongCodes = new TokenBucket(WRONG_CODE_BURST, WRONG_CODES_PER_MINUTE, now);
            joins = new TokenBucket(JOIN_BURST, JOINS_PER_MINUTE, now);
        }

        boolean full(long now) {
            return wrongCodes.full(now) && joins.full(now);
        }
    }

    /** @param clock nanoseconds, as {@link System#nanoTime} */
    JoinLimiter(LongSupplier clock) {
        this.clock = clock;
        this.swept = clock.getAsLong();
        this.shared = new Allowance(swept);
    }

    /**
     * A join attempt from {@code address}, with the right code or not: refused (429) when the address
     * has no wrong-code token or no join token left; otherwise it takes a token of the kind it is.
     */
    synchronized void attempt(String address, boolean rightCode) throws ApiError {
        long now = clock.getAsLong();
        Allowance a = allowance(network(address), now);
        if (!a.wrongCodes.hasToken(now)) {
            throw ApiError.tooMany("too many wrong join codes from your network: check the code and try again in a few seconds");
        }
        if (!a.joins.hasToken(now)) throw ApiError.tooMany("too many joins from your network: try again in a few seconds");
        (rightCode ? a.joins : a.wrongCodes).take(now);
    }

    /** How many addresses the state holds now. */
    synchronized int addresses() {
        return byAddress.size();
    }

    /**
     * What the limits count by: an IPv4 address itself; an IPv6 address's /64 network ("2001:db8:0:1::/64"); text
     * that is not an IP literal as it is. IPv6 literals are parsed without a name lookup (they hold a colon).
     */
    static String network(String address) {
        if (address.indexOf(':') < 0) return address;
        try {
            if (InetAddress.getByName(address) instanceof Inet6Address v6) {
                byte[] b = v6.getAddress();
                StringBuilder n = new StringBuilder();
                for (int i = 0; i < 8; i += 2) n.append(Integer.toHexString((b[i] & 0xff) << 8 | (b[i + 1] & 0xff))).append(':');
                return n.append(":/64").toString();
            }
            return address;
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private Allowance allowance(String address, long now) {
        Allowance a = byAddress.get(address);
        if (a != null) return a;
        if (byAddress.size() >= MAX_ADDRESSES && now - swept >= SWEEP_NANOS) {
            byAddress.values().removeIf(x -> x.full(now));
            swept = now;
        }
        if (byAddress.size() >= MAX_ADDRESSES) return shared;
        a = new Allowance(now);
        byAddress.put(address, a);
        return a;
    }
}
