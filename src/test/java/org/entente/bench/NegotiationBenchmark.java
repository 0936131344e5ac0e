package org.entente.bench;

import org.entente.experiment.RunPlan;
import org.entente.experiment.Shard;
import org.entente.negotiation.Game;
import org.entente.negotiation.InProcessNegotiationService;
import org.entente.negotiation.LinearUtility;
import org.entente.negotiation.NegotiatorContext;
import org.entente.negotiation.Offer;
import org.entente.negotiation.RunWorld;
import org.entente.negotiation.strategy.Candidates;
import org.entente.negotiation.strategy.Session;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Hot paths every agent runs per run on the default scenario: evaluating an offer (LinearUtility),
 * building a party's candidate offers (Session / Candidates), and rebuilding a run's world
 * (perturbation and Game.compile); and a whole negotiation run on the heads' and chair's decision objects
 * ({@code Head}, {@code Proceedings}), which the JADE agents drive by messages: what a run costs without them.
 */
public class NegotiationBenchmark extends JmhDefaults {
    private RunWorld world;
    private LinearUtility utility;
    private Offer[] offers;
    private int next;
    private NegotiatorContext boulware;
    private NegotiatorContext twoLevel;
    private long seed;
    private InProcessNegotiationService inProcess;
    private RunPlan plan;
    private long runId;

    @Setup
    public void setUp() throws Exception {
        DefaultScenario d = new DefaultScenario(1);
        world = d.worlds.get(0);
        utility = world.game().party("lesotho").utility();
        SplittableRandom r = new SplittableRandom(1);
        offers = new Offer[1024];
        var space = world.game().space();
        for (int i = 0; i < offers.length; i++) {
            int[] x = new int[space.issueCount()];
            for (int j = 0; j < x.length; j++) x[j] = r.nextInt(space.size(j));
            offers[i] = new Offer(x);
        }
        boulware = context("china");
        twoLevel = context("lesotho");
        var many = d.config.withExperiment(d.config.experiment().withRuns(RUNS));
        inProcess = new InProcessNegotiationService(many);
        plan = RunPlan.of(many, Shard.ALL);
    }

    /** Runs the in-process benchmark cycles through, each its own seed (so its own noise and world). */
    private static final int RUNS = 100_000;

    private NegotiatorContext context(String party) {
        return NegotiatorContext.of(world.config(), world.beliefs(), world.game().party(party), world.runSeed());
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public double linearUtilityOf() {
        next = (next + 1) & (offers.length - 1);
        return utility.of(offers[next]);
    }

    @Benchmark
    public Object frontier() {
        return Candidates.frontier(utility, world.beliefs().party("china").utility());
    }

    /** China's candidates (boulware: one frontier and one concession path). */
    @Benchmark
    public Object sessionBoulware() {
        return new Session(boulware);
    }

    /** Lesotho's candidates (two-level aware: nine frontiers and paths, filtered by ratification). */
    @Benchmark
    public Object sessionTwoLevel() {
        return new Session(twoLevel);
    }

    /** What every agent does when a run starts: perturb the scenario and compile its game. */
    @Benchmark
    public Object runWorld() {
        return RunWorld.of(world.config(), ++seed);
    }

    @Benchmark
    public Object gameCompile() {
        return Game.compile(world.scenario());
    }

    /** One run of the default scenario negotiated in process: the protocol and both heads' strategies, no messages. */
    @Benchmark
    public Object negotiateInProcess() {
        runId = (runId + 1) % RUNS;
        return inProcess.negotiate(plan.request(runId));
    }
}
