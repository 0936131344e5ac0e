package org.entente.classroom;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The join limits on a clock the test moves: a class behind one NAT gets in, a guesser is stopped, the state stays bounded. */
class JoinLimiterTest {
    private static final String SCHOOL = "203.0.113.7";

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final JoinLimiter limiter = new JoinLimiter(clock::get);

    private void seconds(long s) {
        clock.addAndGet(TimeUnit.SECONDS.toNanos(s));
    }

    @Test
    void aClassOf40BehindOneAddressJoinsWithTyposAmongThem() throws ApiError {
        // every student within a minute, one in four mistyping first, a few of them twice
        for (int student = 1; student <= 40; student++) {
            int typos = student % 4 == 0 ? (student % 8 == 0 ? 2 : 1) : 0;
            for (int t = 0; t < typos; t++) limiter.attempt(SCHOOL, false);
            limiter.attempt(SCHOOL, true);
            clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(1_500));
        }
    }

    @Test
    void everyStudentOfAClassOf40MayMistypeOnceAtTheSameMoment() throws ApiError {
        for (int student = 0; student < 40; student++) limiter.attempt(SCHOOL, false);
        for (int student = 0; student < 40; student++) limiter.attempt(SCHOOL, true);
    }

    @Test
    void aGuesserIsStoppedAfterTheBurstAndThenGetsOneGuessEverySixSeconds() throws ApiError {
        for (int i = 0; i < JoinLimiter.WRONG_CODE_BURST; i++) limiter.attempt(SCHOOL, false);
        assertThatThrownBy(() -> limiter.attempt(SCHOOL, false)).isInstanceOf(ApiError.class)
                .hasMessage("too many wrong join codes from your network: check the code and try again in a few seconds");
        // the right code too: a guesser must not learn which of its guesses was right
        assertThatThrownBy(() -> limiter.attempt(SCHOOL, true)).isInstanceOf(ApiError.class);
        // another address is not affected
        limiter.attempt("203.0.113.8", true);
        seconds(5);
        assertThatThrownBy(() -> limiter.attempt(SCHOOL, false)).isInstanceOf(ApiError.class);
        seconds(1);
        limiter.attempt(SCHOOL, false);
        assertThatThrownBy(() -> limiter.attempt(SCHOOL, true)).isInstanceOf(ApiError.class);
        // a classmate with the right code gets in 6 s later
        seconds(6);
        limiter.attempt(SCHOOL, true);
    }

    @Test
    void anIpv6GuesserIsLimitedByItsSlash64WhateverAddressInItItUses() throws ApiError {
        for (int i = 0; i < JoinLimiter.WRONG_CODE_BURST; i++) limiter.attempt("2001:db8:0:7::" + Integer.toHexString(i + 1), false);
        assertThatThrownBy(() -> limiter.attempt("2001:db8:0:7:ffff:ffff:ffff:ffff", false)).isInstanceOf(ApiError.class);
        assertThatThrownBy(() -> limiter.attempt("[2001:db8:0:7::abcd]", true)).isInstanceOf(ApiError.class);
        // the next /64 is another network
        limiter.attempt("2001:db8:0:8::1", true);
        assertThat(limiter.addresses()).isEqualTo(2);
    }

    @Test
    void networksAreIpv4AddressesAndIpv6Slash64s() {
        assertThat(JoinLimiter.network("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(JoinLimiter.network("2001:db8:0:1::5")).isEqualTo("2001:db8:0:1::/64");
        assertThat(JoinLimiter.network("[2001:DB8:0:1:ffff::9]")).isEqualTo("2001:db8:0:1::/64");
        assertThat(JoinLimiter.network("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
        assertThat(JoinLimiter.network("fe80::1%1")).isEqualTo("fe80:0:0:0::/64");
        assertThat(JoinLimiter.network("unknown")).isEqualTo("unknown");
        assertThat(JoinLimiter.network("not:an:address")).isEqualTo("not:an:address");
    }

    @Test
    void aGuesserAtFullSpeedGets980GuessesIn90Minutes() {
        int guesses = 0;
        for (int second = 0; second <= 90 * 60; second++) {
            for (int i = 0; i < 100; i++) {
                try {
                    limiter.attempt(SCHOOL, false);
                    guesses++;
                } catch (ApiError refused) {
                    break;
                }
            }
            seconds(1);
        }
        assertThat(guesses).isEqualTo(JoinLimiter.WRONG_CODE_BURST + JoinLimiter.WRONG_CODES_PER_MINUTE * 90);
        assertThat(guesses).isEqualTo(980);
    }

    @Test
    void joinsWithTheRightCodeAreLimitedToo() throws ApiError {
        for (int i = 0; i < JoinLimiter.JOIN_BURST; i++) limiter.attempt(SCHOOL, true);
        assertThatThrownBy(() -> limiter.attempt(SCHOOL, true)).isInstanceOf(ApiError.class)
                .hasMessage("too many joins from your network: try again in a few seconds");
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(500));
        limiter.attempt(SCHOOL, true);
    }

    @Test
    void aFloodOfAddressesSharesOneBucketBeyondTheBoundAndLeavesOnceFull() throws ApiError {
        int refused = 0;
        for (int i = 0; i < 100_000; i++) {
            try {
                limiter.attempt("10." + (i >> 16) + "." + (i >> 8 & 255) + "." + (i & 255), false);
            } catch (ApiError e) {
                refused++;
            }
            assertThat(limiter.addresses()).isLessThanOrEqualTo(JoinLimiter.MAX_ADDRESSES);
        }
        assertThat(limiter.addresses()).isEqualTo(JoinLimiter.MAX_ADDRESSES);
        // all but the first 1,000 addresses shared one bucket: its 80 guesses, then refusals
        assertThat(refused).isEqualTo(100_000 - JoinLimiter.MAX_ADDRESSES - JoinLimiter.WRONG_CODE_BURST);
        assertThatThrownBy(() -> limiter.attempt("192.0.2.1", true)).isInstanceOf(ApiError.class);
        // 6 s later each address's bucket is full again (each took one token): it knows nothing a fresh
        // one would not, so its address leaves the state, and a new address gets its own bucket
        seconds(6);
        limiter.attempt("192.0.2.1", true);
        assertThat(limiter.addresses()).isEqualTo(1);
    }
}
