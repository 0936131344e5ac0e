package org.entente.agents;

import org.entente.HangGuard;
import org.entente.model.Config;
import org.entente.model.Experiment;
import org.entente.model.Protocol;
import org.entente.model.Seeds;
import org.entente.model.StrategySpec;
import org.entente.negotiation.Negotiator;
import org.entente.negotiation.NegotiatorContext;
import org.entente.negotiation.Offer;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunRequest;
import org.entente.negotiation.TraceEvent;
import org.entente.negotiation.Vote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs negotiate on real JADE agents exchanging ACL messages; one shared platform per JVM. */
class JadeNegotiationServiceTest {

    private static final Function<NegotiatorContext, Negotiator> NAIVE = c -> new ConcedingNegotiator(c, false);

    /** Options whose run timeout is only a hang guard: these runs are not meant to time out. */
    private static JadeOptions options(int tables, int pipeline,
                                       Map<String, Function<NegotiatorContext, Negotiator>> overrides) {
        return new JadeOptions(tables, pipeline, HangGuard.LIMIT, false, overrides);
    }

    private static RunRequest run(long id) {
        return new RunRequest(id, 0, (int) id, Seeds.run(42, id), Map.of(), true);
    }

    private static RunOutcome await(CompletableFuture<RunOutcome> f) throws Exception {
        return HangGuard.await(f, "outcome of the run");
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void defaultLikeScenarioNegotiatesUnderEveryProtocol(Protocol protocol) throws Exception {
        Config c = TestScenarios.bilateral(protocol);
        try (JadeNegotiationService s = new JadeNegotiationService(c, options(1, 4, Map.of()))) {
            RunOutcome o = await(s.submit(run(1)));
            assertThat(o.failed()).as(o.error()).isFalse();
            assertThat(o.table()).isNotNull();
            assertThat(o.table().rounds()).isBetween(1, 40);
            assertThat(o.messages()).isEqualTo(MessageCount.expected(c, o));
            assertThat(o.trace()).isNotEmpty();
            if (protocol != Protocol.SINGLE_TEXT) {
                // linear concession down to the reservations: the parties meet before the deadline
                assertThat(o.agreedAtTable()).as(protocol + " " + o.table()).isTrue();
            }
            if (o.agreedAtTable()) {
                assertThat(o.ratifications()).extracting(Ratification::party).containsExactly("china", "lesotho");
                assertThat(o.ratifications().get(1).votes()).extracting(Vote::official)
                        .containsExactly("pm", "trade", "parliament");
                assertThat(o.trace()).anyMatch(e -> e.action().equals("ratify"));
            }
        }
    }

    /** China's take-it-or-leave-it package: tariff 20%, infrastructure 500, shared port; Lesotho's PM likes it. */
    private static final Function<NegotiatorContext, Negotiator> FIXED =
            c -> new FixedOfferNegotiator(new Offer(4, 5, 1));

    @Test
    void vetoOfficialWhoCannotBeSatisfiedBlocksRatification() throws Exception {
        Config c = TestScenarios.bilateral(Protocol.ALTERNATING_OFFERS, 30, 1.01, true, Experiment.Noise.NONE,
                new StrategySpec("linear", Map.of()));
        try (JadeNegotiationService s = new JadeNegotiationService(c, options(1, 2,
                Map.of("china", FIXED, "lesotho", NAIVE)))) {
            RunOutcome o = await(s.submit(run(7)));
            assertThat(o.failed()).as(o.error()).isFalse();
            assertThat(o.agreedAtTable()).isTrue();
            assertThat(o.table().offer()).isEqualTo(new Offer(4, 5, 1));
            assertThat(o.ratified()).isFalse();
            assertThat(o.agreement()).isFalse();
            assertThat(o.ratifications().get(0).passed()).isTrue();
            Ratification lesotho = o.ratifications().get(1);
            assertThat(lesotho.passed()).isFalse();
            Vote parliament = lesotho.votes().get(2);
            assertThat(parliament.official()).isEqualTo("parliament");
            assertThat(parliament.approve()).isFalse();
            assertThat(parliament.utility()).isLessThan(1.01);
            // the PM (power 2 of 4) and the trade ministry approve: the share passes, the veto does not
            assertThat(lesotho.votes().get(0).approve()).isTrue();
            assertThat(lesotho.approvingShare()).isGreaterThanOrEqualTo(0.5);
            // the naive head consulted its three officials before accepting, saw the veto and went ahead
            assertThat(o.trace()).filteredOn(e -> e.action().equals("consult"))
                    .allMatch(e -> e.actor().equals("lesotho") && e.offer().equals(new Offer(4, 5, 1)))
                    .extracting(TraceEvent::detail)
                    .satisfiesExactly(pm -> assertThat(pm).startsWith("pm yes "),
                            trade -> assertThat(trade).startsWith("trade yes "),
                            veto -> assertThat(veto).matches("parliament no 0\\.\\d{3} < 1\\.010"));
            assertThat(o.trace()).noneMatch(e -> e.action().equals("withdraw"));
            // one message per round, one CFP, two reports, and one consultation of Lesotho's two other
            // officials (2 x 2 messages), whose votes also serve for the ratification
            assertThat(o.messages()).isEqualTo(o.table().rounds() + 3 + 4L).isEqualTo(MessageCount.expected(c, o));
        }
    }

    @Test
    void twoLevelAwareHeadWithdrawsInsteadOfAcceptingWhatCannotBeRatified() throws Exception {
        Config c = TestScenarios.bilateral(Protocol.ALTERNATING_OFFERS, 20, 1.01, true, Experiment.Noise.NONE,
                new StrategySpec("linear", Map.of()));
        Function<NegotiatorContext, Negotiator> aware = ctx -> new ConcedingNegotiator(ctx, true);
        try (JadeNegotiationService s = new JadeNegotiationService(c, options(1, 2,
                Map.of("china", FIXED, "lesotho", aware)))) {
            RunOutcome o = await(s.submit(run(8)));
            assertThat(o.failed()).as(o.error()).isFalse();
            assertThat(o.agreedAtTable()).isFalse();
            assertThat(o.table().reason()).isEqualTo("deadline");
            assertThat(o.trace()).filteredOn(e -> e.action().equals("consult"))
                    .isNotEmpty().allMatch(e -> e.actor().equals("lesotho"));
            assertThat(o.trace()).filteredOn(e -> e.action().equals("withdraw")).isNotEmpty()
                    .allMatch(e -> e.actor().equals("lesotho") && e.detail().equals("ratification would fail: vetoed by parliament"));
            assertThat(o.trace()).noneMatch(e -> e.action().equals("accept"));
        }
    }

    @Test
    void sameSeedGivesSameOutcomeAndTraceWhateverTheTablesAndPipeline() throws Exception {
        Config c = TestScenarios.bilateral(Protocol.STACKED_ALTERNATING_OFFERS, 30, 0.3, false,
                new Experiment.Noise(0.2, 0.05), new StrategySpec("linear", Map.of()));
        Map<String, Function<NegotiatorContext, Negotiator>> naive = Map.of("china", NAIVE, "lesotho", NAIVE);
        List<RunOutcome> one = runAll(c, options(1, 1, naive), 12);
        List<RunOutcome> again = runAll(c, options(1, 1, naive), 12);
        List<RunOutcome> many = runAll(c, options(3, 5, naive), 12);
        for (int i = 0; i < one.size(); i++) {
            assertThat(one.get(i).failed()).as(one.get(i).error()).isFalse();
            assertThat(again.get(i)).isEqualTo(one.get(i));
            assertThat(many.get(i)).isEqualTo(one.get(i));
        }
        // the noise makes runs differ from one another
        assertThat(one.stream().map(o -> o.trace().toString()).distinct().count()).isGreaterThan(1);
    }

    private static List<RunOutcome> runAll(Config c, JadeOptions o, int runs) throws Exception {
        try (JadeNegotiationService s = new JadeNegotiationService(c, o)) {
            List<CompletableFuture<RunOutcome>> fs = new ArrayList<>();
            for (long id = 0; id < runs; id++) fs.add(s.submit(run(id)));
            List<RunOutcome> out = new ArrayList<>();
            for (CompletableFuture<RunOutcome> f : fs) out.add(await(f));
            return out;
        }
    }

    @Test
    void strategyThatThrowsFailsTheRunWithItsReasonAndLaterRunsSucceed() throws Exception {
        Config c = TestScenarios.bilateral(Protocol.ALTERNATING_OFFERS);
        AtomicBoolean armed = new AtomicBoolean(true);
        Function<NegotiatorContext, Negotiator> flaky = ctx -> new ConcedingNegotiator(ctx, false) {
            @Override
            public Reply onTurn(Request.Turn turn) {
                if (armed.get() && turn.round() >= 3) throw new IllegalStateException("model diverged");
                return super.onTurn(turn);
            }
        };
        try (JadeNegotiationService s = new JadeNegotiationService(c, options(1, 2,
                Map.of("china", NAIVE, "lesotho", flaky)))) {
            RunOutcome bad = await(s.submit(run(1)));
            assertThat(bad.failed()).isTrue();
            assertThat(bad.error()).isEqualTo("strategy of lesotho failed: model diverged (round 3)");
            assertThat(bad.trace()).extracting(TraceEvent::round).containsExactly(0, 1, 2);
            armed.set(false);
            RunOutcome good = await(s.submit(run(2)));
            assertThat(good.failed()).as(good.error()).isFalse();
            assertThat(good.agreedAtTable()).isTrue();
        }
    }

    @Test
    void unansweredRequestTimesOutIntoFailedRunAndTheTableIsReplaced() throws Exception {
        Config c = TestScenarios.bilateral(Protocol.ALTERNATING_OFFERS);
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean armed = new AtomicBoolean(true);
        Function<NegotiatorContext, Negotiator> silent = ctx -> new ConcedingNegotiator(ctx, false) {
            @Override
            public Reply onTurn(Request.Turn turn) {
                if (armed.get()) {
                    stuck.countDown();
                    try {
                        HangGuard.await(release, "release of the silent head");
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return super.onTurn(turn);
            }
        };
        // the timeout is measured on a clock that moves only when this test moves it: the silent run
        // times out when the test says so, and the next run, whatever the load, never does
        ManualClock clock = new ManualClock();
        Duration timeout = Duration.ofMillis(300);
        try (JadeNegotiationService s = new JadeNegotiationService(c, new JadeOptions(1, 2, timeout, false,
                Map.of("china", silent, "lesotho", NAIVE), clock))) {
            CompletableFuture<RunOutcome> silentRun = s.submit(run(1));
            HangGuard.await(stuck, "turn of the silent head");
            clock.advance(timeout);
            RunOutcome late = await(silentRun);
            assertThat(late.failed()).isTrue();
            // the chair does not follow the heads' exchange: it names every head that has not reported
            assertThat(late.error()).matches("no report from e\\d+t0g0-china, e\\d+t0g0-lesotho within 300ms");
            armed.set(false);
            RunOutcome next = await(s.submit(run(2)));
            assertThat(next.failed()).as(next.error()).isFalse();
            assertThat(s.agentNames()).allMatch(n -> n.contains("t0g1-"));
        } finally {
            release.countDown();
        }
    }

    @Test
    void runLongerThanTheTimeoutWhoseTableKeepsTalkingDoesNotTimeOut() throws Exception {
        Config c = TestScenarios.bilateral(Protocol.ALTERNATING_OFFERS);
        ManualClock clock = new ManualClock();
        Duration timeout = Duration.ofMillis(300);
        // every turn of China's takes a third of the timeout on the test's clock: a slow run, not a hung one
        Function<NegotiatorContext, Negotiator> slow = ctx -> new ConcedingNegotiator(ctx, false) {
            @Override
            public Reply onTurn(Request.Turn turn) {
                clock.advance(timeout.dividedBy(3));
                return super.onTurn(turn);
            }
        };
        try (JadeNegotiationService s = new JadeNegotiationService(c, new JadeOptions(1, 2, timeout, false,
                Map.of("china", slow, "lesotho", NAIVE), clock))) {
            RunOutcome o = await(s.submit(run(1)));
            assertThat(o.failed()).as(o.error()).isFalse();
            assertThat(clock.getAsLong()).as("the run took longer than the timeout").isGreaterThan(timeout.toNanos());
        }
    }

    @Test
    void deadOfficialFailsTheRunAndLaterRunsStillWork() throws Exception {
        Config c = TestScenarios.bilateral(Protocol.ALTERNATING_OFFERS);
        try (JadeNegotiationService s = new JadeNegotiationService(c, options(1, 2,
                Map.of("china", NAIVE, "lesotho", NAIVE)))) {
            String parliament = s.agentNames().stream().filter(n -> n.endsWith("lesotho.parliament")).findFirst()
                    .orElseThrow();
            JadePlatform.container().getAgent(parliament).kill();
            awaitGone(parliament);
            RunOutcome broken = await(s.submit(run(1)));
            assertThat(broken.failed()).isTrue();
            assertThat(broken.error()).contains("parliament");
            RunOutcome next = await(s.submit(run(2)));
            assertThat(next.failed()).as(next.error()).isFalse();
            assertThat(next.agreedAtTable()).isTrue();
        }
    }

    /** kill() returns before the agent has left the platform; a message sent meanwhile would be lost, not refused. */
    private static void awaitGone(String agent) throws Exception {
        HangGuard.until(() -> {
            try {
                JadePlatform.container().getAgent(agent);
                return false;
            } catch (jade.wrapper.ControllerException gone) {
                return true;
            }
        }, 10, () -> agent + " leaving the platform");
    }

    @Test
    void concurrentRunsTravelInFewerAclMessagesThanTheAgentsPost() throws Exception {
        Config c = TestScenarios.bilateral(Protocol.ALTERNATING_OFFERS);
        try (JadeNegotiationService s = new JadeNegotiationService(c, options(1, 32, Map.of()))) {
            List<CompletableFuture<RunOutcome>> fs = new ArrayList<>();
            for (long id = 0; id < 200; id++) fs.add(s.submit(run(id)));
            long posted = 0;
            for (CompletableFuture<RunOutcome> f : fs) {
                RunOutcome o = await(f);
                assertThat(o.failed()).as(o.error()).isFalse();
                posted += o.messages();
            }
            // every run's messages are counted by the agents that posted them; JADE carried them in bundles
            assertThat(posted).isGreaterThan(200L * 10);
            assertThat(s.aclMessages()).isPositive().isLessThan(posted / 2);
        }
    }

    @Test
    void manyConcurrentRunsAllCompleteAndMatchOneByOne() throws Exception {
        Config c = TestScenarios.bilateral(Protocol.MONOTONIC_CONCESSION, 30, 0.3, false,
                new Experiment.Noise(0.1, 0.0), new StrategySpec("linear", Map.of()));
        Map<String, Function<NegotiatorContext, Negotiator>> naive = Map.of("china", NAIVE, "lesotho", NAIVE);
        List<RunOutcome> burst = runAll(c, options(2, 16, naive), 200);
        assertThat(burst).hasSize(200);
        assertThat(burst.stream().filter(RunOutcome::failed).map(RunOutcome::error).toList()).isEmpty();
        try (JadeNegotiationService s = new JadeNegotiationService(c, options(1, 1, naive))) {
            for (long id : new long[]{0, 57, 199}) assertThat(await(s.submit(run(id)))).isEqualTo(burst.get((int) id));
        }
    }

    @Test
    void closedServiceFailsNewRunsInsteadOfHanging() throws Exception {
        Config c = TestScenarios.bilateral(Protocol.ALTERNATING_OFFERS);
        JadeNegotiationService s = new JadeNegotiationService(c, options(1, 1, Map.of("china", NAIVE, "lesotho", NAIVE)));
        assertThat(s.parallelism()).isEqualTo(1);
        s.close();
        RunOutcome o = await(s.submit(run(1)));
        assertThat(o.failed()).isTrue();
        assertThat(o.error()).contains("closed");
    }
}
