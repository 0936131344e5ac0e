package org.entente.evaluation;

import org.entente.config.ConfigLoader;
import org.entente.experiment.RunPlan;
import org.entente.experiment.Shard;
import org.entente.model.Config;
import org.entente.negotiation.Offer;
import org.entente.negotiation.PartyModel;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunRequest;
import org.entente.negotiation.RunWorld;
import org.entente.negotiation.TableResult;
import org.entente.negotiation.TraceEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The evaluation step: one meaning per number, whatever the way a run ended. */
class EvaluatorTest {
    static Config config;
    static Evaluator evaluator;
    static RunRequest request;
    static RunWorld world;
    static Offer offer;

    @BeforeAll
    static void setUp() throws Exception {
        config = ConfigLoader.load(Path.of("configs/china-lesotho.yaml"));
        evaluator = new Evaluator(config);
        request = RunPlan.of(config, Shard.ALL).request(3);
        world = evaluator.world(request.assignments(), request.seed());
        int[] middle = new int[config.scenario().issues().size()];
        for (int i = 0; i < middle.length; i++) middle[i] = config.scenario().issues().get(i).size() / 2;
        offer = new Offer(middle);
    }

    static RunOutcome agreed(int round, boolean ratified) {
        List<Ratification> votes = new ArrayList<>();
        for (String p : config.scenario().partyIds()) votes.add(new Ratification(p, ratified, ratified ? 1 : 0, List.of()));
        return new RunOutcome(request, new TableResult(true, offer, round, round + 1, "accepted"), votes,
                List.of(new TraceEvent(round, "china", "accept", offer, "")), false, null, 42);
    }

    @Test
    void aRatifiedAgreementIsWorthItsValueDiscountedToTheRoundOfAgreement() {
        RunRecord r = evaluator.evaluate(agreed(7, true));
        assertThat(r.agreement()).isTrue();
        assertThat(r.ratified()).isTrue();
        assertThat(r.rounds()).isEqualTo(8);
        assertThat(r.agreementRound()).isEqualTo(7);
        double welfare = 0, nash = 1;
        for (int i = 0; i < world.game().parties().size(); i++) {
            PartyModel p = world.game().parties().get(i);
            PartyPayoff pay = r.evaluation().party(i);
            assertThat(pay.party()).isEqualTo(p.id());
            assertThat(pay.value()).isEqualTo(p.utility().of(offer));
            assertThat(pay.utility()).isCloseTo(pay.value() * Math.pow(p.discount(), r.agreementRound()), within(1e-15));
            assertThat(pay.utility()).isLessThan(pay.value());
            welfare += pay.utility();
            nash *= pay.utility() - p.reservation();
        }
        assertThat(r.evaluation().welfare()).isEqualTo(welfare);
        assertThat(r.evaluation().nashProduct()).isEqualTo(nash);
        assertThat(r.agreedTerm(0)).isEqualTo(world.scenario().issues().get(0).valueLabel(offer.get(0)));
        assertThat(r.years()).isNotEmpty();
        assertThat(r.protocol()).isEqualTo(config.experiment().protocol().id());
        assertThat(r.blockedBy()).isEmpty();
    }

    @Test
    void anAgreementNotRatifiedLeavesEachPartyItsReservationButKeepsTheValueOfThePackage() {
        RunRecord r = evaluator.evaluate(agreed(4, false));
        assertThat(r.agreement()).isFalse();
        assertThat(r.ratified()).isFalse();
        assertThat(r.agreementRound()).isEqualTo(4);
        for (int i = 0; i < world.game().parties().size(); i++) {
            PartyModel p = world.game().parties().get(i);
            assertThat(r.evaluation().party(i).utility()).isEqualTo(p.reservation());
            assertThat(r.evaluation().party(i).value()).isEqualTo(p.utility().of(offer));
        }
        assertThat(r.evaluation().nashProduct()).isNaN();
        assertThat(r.evaluation().terms().values()).hasSize(config.scenario().issues().size());
        assertThat(r.agreedTerm(0)).isEmpty();
        assertThat(r.blockedBy()).isEqualTo(config.scenario().partyIds());
    }

    @Test
    void noAgreementGivesReservationsAndNoRatificationOrAgreementRound() {
        RunOutcome o = new RunOutcome(request, new TableResult(false, null, -1, 30, "deadline"), List.of(), List.of(),
                false, null, 10);
        RunRecord r = evaluator.evaluate(o);
        assertThat(r.ratified()).isNull();
        assertThat(r.blockedBy()).isEmpty();
        assertThat(r.agreementRound()).isNull();
        assertThat(r.rounds()).isEqualTo(30);
        assertThat(r.evaluation().party(0).utility()).isEqualTo(world.game().parties().get(0).reservation());
        assertThat(r.evaluation().party(0).value()).isNaN();
        assertThat(r.evaluation().terms()).isEqualTo(PackageTerms.NONE);
        assertThat(r.years()).as("the implementation years run without agreement too").isNotEmpty();
    }

    @Test
    void aFailedRunHasNoPayoffsNoYearsAndItsReason() {
        RunRecord r = evaluator.evaluate(RunOutcome.failure(request, null, List.of(), 3));
        assertThat(r.failed()).isTrue();
        assertThat(r.error()).isEqualTo("failed");
        assertThat(r.rounds()).isNull();
        assertThat(r.evaluation().party(1).utility()).isNaN();
        assertThat(r.evaluation().welfare()).isNaN();
        assertThat(r.years()).isEmpty();
    }

    @Test
    void theTraceCarriesEachPackageInTheIssuesTermsAndItsUndiscountedUtilities() {
        List<TraceEvent> events = List.of(new TraceEvent(0, "china", "offer", offer, ""),
                new TraceEvent(1, "lesotho", "reject", null, "too little"));
        List<TraceRow> rows = Evaluator.trace(world, 9, events);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).runId()).isEqualTo(9);
        assertThat(rows.get(0).term(1)).isEqualTo(world.scenario().issues().get(1).valueLabel(offer.get(1)));
        assertThat(rows.get(0).utility(1)).isEqualTo(world.game().parties().get(1).utility().of(offer));
        assertThat(rows.get(1).term(0)).isEmpty();
        assertThat(rows.get(1).utility(0)).isNaN();
    }
}
