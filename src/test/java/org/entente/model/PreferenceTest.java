package org.entente.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PreferenceTest {
    private static final NumericIssue TEN = new NumericIssue("x", "x", "trade", 0, 10, 1, null, null);
    private static final NumericIssue HUNDRED = new NumericIssue("y", "y", "trade", 0, 100, 10, null, null);
    private static final NumericIssue OFFSET = new NumericIssue("z", "z", "trade", 20, 60, 5, null, null);

    @Test
    void monotoneUpIsThePositionRaisedToTheExponent() {
        Preference p = new Preference.Monotone(true, 2);
        assertThat(p.value(TEN, 5)).isCloseTo(0.25, within(1e-12));
        assertThat(p.value(TEN, 0)).isEqualTo(0.0);
        assertThat(p.value(TEN, 10)).isEqualTo(1.0);
        // offset range: x = 30 on [20, 60] is a quarter of the way
        assertThat(new Preference.Monotone(true, 1).value(OFFSET, 2)).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void monotoneDownIsOneMinusThePositionRaisedToTheExponent() {
        Preference p = new Preference.Monotone(false, 0.5);
        assertThat(p.value(TEN, 3)).isCloseTo(Math.sqrt(0.7), within(1e-12));
        assertThat(p.value(TEN, 10)).isEqualTo(0.0);
        assertThat(p.value(TEN, 0)).isEqualTo(1.0);
    }

    @Test
    void peakedFallsLinearlyToZeroAtTheFartherEnd() {
        Preference p = new Preference.Peaked(30, 1);
        // spread = max(30 - 0, 100 - 30) = 70
        assertThat(p.value(HUNDRED, 3)).isEqualTo(1.0);
        assertThat(p.value(HUNDRED, 10)).isCloseTo(0.0, within(1e-12));
        assertThat(p.value(HUNDRED, 0)).isCloseTo(1 - 30.0 / 70, within(1e-12));
        assertThat(p.value(HUNDRED, 5)).isCloseTo(1 - 20.0 / 70, within(1e-12));
        assertThat(new Preference.Peaked(30, 2).value(HUNDRED, 0)).isCloseTo(Math.pow(4.0 / 7, 2), within(1e-12));
    }

    @Test
    void valuedReturnsTheListedValueOfTheOption() {
        DiscreteIssue d = new DiscreteIssue("a", "a", "influence", List.of("none", "joint_statement", "endorsement"), null);
        Preference p = new Preference.Valued(Map.of("none", 0.0, "joint_statement", 0.6, "endorsement", 1.0));
        assertThat(p.value(d, 0)).isEqualTo(0.0);
        assertThat(p.value(d, 1)).isEqualTo(0.6);
        assertThat(p.value(d, 2)).isEqualTo(1.0);
    }
}
