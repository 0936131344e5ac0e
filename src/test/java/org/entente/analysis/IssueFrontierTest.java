package org.entente.analysis;

import org.entente.model.Issue;
import org.entente.model.Party;
import org.entente.model.Preference;
import org.entente.negotiation.Game;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analysis.ScenarioFixtures.*;

/** The issue-by-issue kept outcomes give exactly the reference points of scanning every outcome, ties included. */
class IssueFrontierTest {

    /** Option values from a few levels (many exact and rounding ties), interests with zeros, random power. */
    private static Game tiedGame(SplittableRandom rnd) {
        double[] levels = {0, 0.1, 0.2, 0.3, 0.5, 0.7, 1};
        int m = 2 + rnd.nextInt(5);
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            int size = 2 + rnd.nextInt(5);
            String[] options = new String[size];
            for (int k = 0; k < size; k++) options[k] = "o" + k;
            issues.add(discrete("i" + i, INTERESTS.get(i % 3), options));
        }
        List<Party> parties = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            Map<String, Preference> prefs = new LinkedHashMap<>();
            for (int i = 0; i < m; i++) {
                Map<String, Double> values = new LinkedHashMap<>();
                for (int k = 0; k < issues.get(i).size(); k++) values.put("o" + k, levels[rnd.nextInt(levels.length)]);
                values.put("o" + rnd.nextInt(issues.get(i).size()), 1.0);
                prefs.put("i" + i, new Preference.Valued(values));
            }
            Map<String, Double> interests = new LinkedHashMap<>();
            for (String d : INTERESTS) interests.put(d, (double) rnd.nextInt(3));
            interests.put(INTERESTS.get(0), 1.0 + rnd.nextInt(2));
            double reservation = rnd.nextInt(3) == 0 ? 0 : 0.1 * rnd.nextInt(6);
            double power = 1 + rnd.nextInt(3);
            parties.add(new Party("p" + p, "p" + p, reservation, 1, power, 1, prefs, Map.of(), interests,
                    List.of(head(interests, reservation)), 0.5, null));
        }
        return Game.compile(scenario("tied", issues, parties));
    }

    @Test
    void keptOutcomesGiveEveryOutcomesPointsBitForBit() {
        int fast = 0, games = 300;
        SplittableRandom rnd = new SplittableRandom(19);
        for (int g = 0; g < games; g++) {
            Game game = tiedGame(rnd);
            ExactEnumeration enumeration = new ExactEnumeration(game);
            ReferencePoints all = enumeration.everyOutcome();
            ReferencePoints kept = enumeration.fromKept();
            if (kept == null) continue;
            fast++;
            assertThat(kept).as("game %d", g).usingRecursiveComparison().isEqualTo(all);
            assertThat(enumeration.run()).usingRecursiveComparison().isEqualTo(all);
        }
        // the check declines only near-ties it cannot settle without the full scan
        assertThat(fast).isGreaterThan(games * 9 / 10);
    }

    @Test
    void aWelfareTieAcrossTheWholeSplitGoesToTheLowestOfferEitherWay() {
        ExactEnumeration enumeration = new ExactEnumeration(Game.compile(linearSplit(0.1, 0.2, 0.01)));
        ReferencePoints kept = enumeration.fromKept();
        assertThat(kept).isNotNull().usingRecursiveComparison().isEqualTo(enumeration.everyOutcome());
        assertThat(kept.maxWelfare().offer().toArray()).containsExactly(10);
        assertThat(kept.paretoSize()).isEqualTo(71);
    }

    @Test
    void aGameWhereEveryNashProductIsZeroIsLeftToTheFullScan() {
        // b is indifferent: every Nash product is 0 and the first outcome wins, which the kept set (a's best) lacks
        Game game = Game.compile(scenario("flat", List.of(numeric("x", "trade", 0, 1, 0.1), numeric("y", "trade", 0, 1, 0.1)),
                List.of(party("a", 0, Map.of("x", up(), "y", up())), party("b", 0, Map.of()))));
        ExactEnumeration enumeration = new ExactEnumeration(game);
        assertThat(enumeration.fromKept()).isNull();
        ReferencePoints points = enumeration.run();
        assertThat(points).usingRecursiveComparison().isEqualTo(enumeration.everyOutcome());
        assertThat(points.nash().offer().toArray()).containsExactly(0, 0);
    }
}
