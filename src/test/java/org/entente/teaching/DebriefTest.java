package org.entente.teaching;

import org.entente.analysis.ReferenceAnalysis;
import org.entente.analysis.ReferencePoint;
import org.entente.model.Config;
import org.entente.model.PartyField;
import org.entente.model.Protocol;
import org.entente.model.Scenario;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunWorld;
import org.entente.negotiation.TableResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The debrief compares like with like: the package's value against the Nash package's, then what the delay cost. */
class DebriefTest {

    @Test
    void reachingTheNashPackageLateSaysSoAndPricesTheDelay() {
        Config base = TeachingFixtures.config(Protocol.ALTERNATING_OFFERS, 10);
        Scenario s = base.scenario();
        Config config = base.withScenario(s.withParty(PartyField.DISCOUNT.with(s.party("lesotho"), 0.9)));
        RunWorld world = RunWorld.of(config, 7);
        ReferencePoint nash = ReferenceAnalysis.compute(world.game()).nash();
        double value = nash.utilities()[1];
        double utility = world.game().party("lesotho").discounted(nash.offer(), 2);
        RunOutcome outcome = new RunOutcome(null, new TableResult(true, nash.offer(), 2, 4, "accepted"), List.of(),
                List.of(), false, null, 0);
        String text = new Debrief("lesotho", SessionResult.AGREEMENT, outcome, false, utility, 0.3, nash, 1, null,
                Path.of("rounds.csv"), null, "not drawn").render(world);
        assertThat(utility).isLessThan(value);
        assertThat(text).contains("you reached the Nash package")
                .contains(String.format(Locale.ROOT, "Your package's value (undiscounted): %.2f", value))
                .contains(String.format(Locale.ROOT, "Your utility (discounted to round 2): %.2f: the delay cost you %.2f",
                        utility, value - utility))
                .doesNotContain("against the Nash");
    }
}
