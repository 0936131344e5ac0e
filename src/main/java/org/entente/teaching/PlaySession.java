package org.entente.teaching;

import org.entente.analysis.ReferenceAnalysis;
import org.entente.analysis.ReferencePoint;
import org.entente.model.Config;
import org.entente.model.Seeds;
import org.entente.negotiation.NegotiationService;
import org.entente.negotiation.PartyModel;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunRequest;
import org.entente.negotiation.RunWorld;
import org.entente.report.DanceChart;
import org.entente.report.Report;
import org.entente.results.ResultsDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One game of {@code play}: the student negotiates as {@code party}'s head against the agents in
 * run 0 of {@code config} under master seed {@code seed} (run seed {@code Seeds.run(seed, 0)}), then
 * the trace and dance chart are written to {@code out} and the debrief is shown. {@code mcRuns}
 * agent-only runs (0: none) give the typical result in the same seat.
 */
public record PlaySession(Config config, String party, long seed, Path out, int mcRuns) {

    public Debrief play(Terminal console, ServiceFactory factory) throws IOException, InterruptedException {
        long runSeed = Seeds.run(seed, 0);
        RunWorld world = RunWorld.build(config, Map.of(), runSeed);
        PartyModel self = world.game().party(party);
        SeatView view = new SeatView(world.scenario(), self, world.beliefs());

        console.say(intro(world));
        console.say(view.agenda());
        console.say("");
        console.say(view.government());
        console.say("\nType 'help' at any prompt for the commands.");

        AtomicReference<StudentNegotiator> student = new AtomicReference<>();
        RunOutcome outcome;
        try (NegotiationService service = factory.open(config, Map.of(party, ctx -> {
            StudentNegotiator s = new StudentNegotiator(ctx, console, view);
            student.set(s);
            return s;
        }))) {
            outcome = service.submit(new RunRequest(0, 0, 0, runSeed, Map.of(), true)).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            outcome = RunOutcome.failure(new RunRequest(0, 0, 0, runSeed, Map.of(), true),
                    String.valueOf(cause.getMessage()), java.util.List.of(), 0);
        }
        boolean walkedAway = student.get() != null && student.get().walkedAway();
        console.say(new Announcement(party, outcome, walkedAway).text());

        Files.createDirectories(out);
        Path rounds = out.resolve(ResultsDirectory.ROUNDS);
        SessionTrace.write(world, outcome.trace(), rounds);
        Path chart = out.resolve(Report.DANCE_FILE);
        String chartProblem = null;
        try {
            DanceChart.write(rounds, 0, chart);
        } catch (IOException | RuntimeException e) {
            chart = null;
            chartProblem = e.getMessage() != null ? e.getMessage() : e.toString();
        }

        ReferencePoint nash = null;
        try {
            nash = ReferenceAnalysis.compute(world.game()).nash();
        } catch (RuntimeException e) {
            console.say("(the Nash point could not be computed: " + e.getMessage() + ")");
        }

        SeatBaseline baseline = null;
        if (mcRuns > 0) {
            console.say("\nRunning " + mcRuns + " agent-only negotiations in your seat for comparison...");
            baseline = SeatBaseline.measure(config, party, seed, mcRuns, factory);
        }

        SessionResult result = SessionResult.of(outcome);
        double utility = result == SessionResult.AGREEMENT
                ? self.discounted(outcome.table().offer(), outcome.table().round()) : self.reservation();
        Debrief debrief = new Debrief(party, result, outcome, walkedAway, utility, self.reservation(), nash,
                world.game().partyIndex(party), baseline, rounds, chart, chartProblem);
        String text = debrief.render(world);
        console.say(text);
        Files.writeString(out.resolve("debrief.txt"), text.strip() + "\n");
        return debrief;
    }

    private String intro(RunWorld world) {
        var e = config.experiment();
        return "ENTENTE: you are the head of " + (world.game().party(party).name() != null
                ? world.game().party(party).name() : party) + " (" + party + ").\n"
                + "Protocol: " + e.protocol().id() + ", deadline " + e.deadline() + " rounds, seed " + seed
                + ". Turn order: " + String.join(", ", world.scenario().partyIds()) + ".\n";
    }
}
