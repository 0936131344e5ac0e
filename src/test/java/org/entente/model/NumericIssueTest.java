package org.entente.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumericIssueTest {

    @Test
    void gridRunsFromMinToMaxByStepAndEndsAtMax() {
        NumericIssue share = new NumericIssue("share", "Share", "trade", 0, 1, 0.001, null, null);
        assertThat(share.size()).isEqualTo(1001);
        assertThat(share.value(0)).isEqualTo(0.0);
        assertThat(share.value(667)).isEqualTo(0.667);
        assertThat(share.value(1000)).isEqualTo(1.0);
    }

    @Test
    void unevenStepStillEndsExactlyAtMax() {
        NumericIssue x = new NumericIssue("x", "x", "trade", 0, 1, 0.3, null, null);
        assertThat(x.size()).isEqualTo(5);
        assertThat(x.value(3)).isEqualTo(0.9);
        assertThat(x.value(4)).isEqualTo(1.0);
    }

    @Test
    void valuesPrintWithoutFloatingPointNoise() {
        NumericIssue x = new NumericIssue("x", "x", "trade", 0, 1, 0.1, null, null);
        assertThat(x.valueLabel(3)).isEqualTo("0.3");
        assertThat(x.valueLabel(7)).isEqualTo("0.7");
        assertThat(Numbers.format(1234.5)).isEqualTo("1234.5");
        assertThat(Numbers.format(-0.0)).isEqualTo("0");
    }

    @Test
    void indexOfSnapsToTheNearestGridPoint() {
        NumericIssue tariff = new NumericIssue("tariff", "Tariff", "trade", 0, 100, 5, "%", null);
        assertThat(tariff.indexOf(41)).isEqualTo(8);
        assertThat(tariff.indexOf(43)).isEqualTo(9);
        assertThat(tariff.indexOf(-3)).isEqualTo(0);
        assertThat(tariff.indexOf(300)).isEqualTo(20);
    }
}
