package org.entente.evaluation;

import org.entente.analysis.AgreementDistances;
import org.entente.analysis.Statistics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The standings: per-seat accounting, failures, ranking by own utility then welfare, shared ranks. */
class TournamentStandingsTest {
    private static final AgreementDistances NEAR = new AgreementDistances(0, 0.1, 0.2);

    @Test
    void everySeatCountsForItsEntrantAndFailedRunsOnlyInRuns() {
        TournamentStandings t = new TournamentStandings();
        t.add(List.of("x", "y"), false, true, List.of(0.9, 0.3), 1.2, NEAR);
        t.add(List.of("y", "x"), false, false, List.of(0.2, 0.1), 0.3, AgreementDistances.NONE);
        t.add(List.of("x", "y"), true, false, List.of(Double.NaN, Double.NaN), Double.NaN, AgreementDistances.NONE);
        t.add(List.of("y", "y"), false, true, List.of(0.5, 0.4), 0.9, new AgreementDistances(0, 0.3, 0.4));
        List<Standing> s = t.standings();
        assertThat(s).extracting(Standing::entrant).containsExactly("x", "y");
        Standing x = s.get(0), y = s.get(1);
        assertThat(x.runs()).isEqualTo(3);
        assertThat(x.failed()).isEqualTo(1);
        assertThat(x.agreement()).isEqualTo(Statistics.wilson(1, 2));
        assertThat(x.utility().estimate()).isCloseTo(0.5, within(1e-15));
        assertThat(x.welfare()).isCloseTo(0.75, within(1e-15));
        assertThat(x.nashDistance()).isEqualTo(0.1);
        // y: the self-play run counts once in each seat
        assertThat(y.runs()).isEqualTo(5);
        assertThat(y.agreement()).isEqualTo(Statistics.wilson(3, 4));
        assertThat(y.utility().estimate()).isCloseTo((0.3 + 0.2 + 0.5 + 0.4) / 4, within(1e-15));
        assertThat(y.nashDistance()).isCloseTo((0.1 + 0.3 + 0.3) / 3, within(1e-15));
        assertThat(y.ksDistance()).isCloseTo((0.2 + 0.4 + 0.4) / 3, within(1e-15));
    }

    @Test
    void tiesOnUtilityGoToWelfareAndFullTiesShareARankInOrderOfFirstPlay() {
        TournamentStandings t = new TournamentStandings();
        t.add(List.of("a", "b"), false, true, List.of(0.5, 0.5), 1.0, NEAR);
        t.add(List.of("c", "d"), false, true, List.of(0.5, 0.7), 1.2, NEAR);
        t.add(List.of("e", "f"), false, true, List.of(0.1, 0.9), 1.0, NEAR);
        List<Standing> s = t.standings();
        assertThat(s).extracting(Standing::entrant).containsExactly("f", "d", "c", "a", "b", "e");
        assertThat(s).extracting(Standing::rank).containsExactly(1, 2, 3, 4, 4, 6);
    }

    @Test
    void meansEqualAsWrittenAreTies() {
        TournamentStandings t = new TournamentStandings();
        // 0.1 + 0.2 and 0.3 differ in the last bit, not in the ten digits tournament.csv writes
        t.add(List.of("p", "q"), false, true, List.of(0.1 + 0.2, 0.3), 1.0, NEAR);
        assertThat(t.standings()).extracting(Standing::rank).containsExactly(1, 1);
    }
}
