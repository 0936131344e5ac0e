package org.entente.classroom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.analysis.ReferenceAnalysis;
import org.entente.analysis.ReferencePoint;
import org.entente.analysis.ReferencePoints;
import org.entente.analysis.Statistics;
import org.entente.evaluation.RunRecord;
import org.entente.negotiation.Game;
import org.entente.negotiation.PartyModel;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.Vote;
import org.entente.teaching.ServiceFactory;
import org.entente.teaching.SessionResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The class debrief: every finished table's outcome beside the game's reference points (Nash,
 * weighted Nash, Kalai–Smorodinsky, max welfare) and the agents' Monte Carlo cloud; what students
 * got in each seat against the agents in that seat; who blocked ratification. As JSON for the
 * teacher's debrief page, and as two charts kept in the class's results directory ({@code debrief/}).
 */
public final class ClassDebrief implements AutoCloseable {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Classroom classroom;
    private final ClassResults results;
    private final AgentCloud cloud;
    private final Game game;
    private final ReferencePoints reference;
    private final Path charts;
    private String drawn;

    /**
     * The debrief of {@code classroom}, whose agents' Monte Carlo runs start now on {@code factory}
     * ({@code runs} of them: the settings' cloud runs), written to the class's results directory.
     */
    public static ClassDebrief start(Classroom classroom, ClassResults results, ServiceFactory factory,
                                     List<String> command, Consumer<String> log) {
        AgentCloud cloud = AgentCloud.start(classroom, factory, classroom.settings().cloudRuns(),
                results.dir().resolve("agents"), command, log);
        return new ClassDebrief(classroom, results, cloud);
    }

    private ClassDebrief(Classroom classroom, ClassResults results, AgentCloud cloud) {
        this.classroom = classroom;
        this.results = results;
        this.cloud = cloud;
        this.game = classroom.world().game();
        this.reference = ReferenceAnalysis.compute(game);
        this.charts = results.dir().resolve("debrief");
    }

    /** GET /api/teacher/debrief. */
    ObjectNode json() {
        List<RunRecord> tables = results.records();
        List<RunRecord> agents = cloud.records();
        ObjectNode n = JSON.objectNode();
        n.put("scenario", game.scenario().name());
        n.put("protocol", classroom.world().config().experiment().protocol().id());
        n.put("deadline", classroom.world().config().experiment().deadline());
        n.put("seed", classroom.settings().seed());
        n.set("issues", Issues.json(game.space()));
        ArrayNode parties = n.putArray("parties");
        double total = 0;
        for (PartyModel p : game.parties()) total += p.power();
        for (PartyModel p : game.parties()) {
            parties.addObject().put("id", p.id()).put("name", p.displayName()).put("reservation", p.reservation())
                    .put("power_share", total > 0 ? p.power() / total : Double.NaN);
        }
        ObjectNode ref = n.putObject("reference");
        reference(ref, "nash", reference.nash());
        reference(ref, "weighted_nash", reference.weightedNash());
        reference(ref, "kalai_smorodinsky", reference.kalaiSmorodinsky());
        reference(ref, "max_welfare", reference.maxWelfare());
        n.set("tables", tables(tables));
        ObjectNode c = n.putObject("cloud").put("runs", cloud.runs()).put("done", agents.size())
                .put("complete", cloud.complete());
        c.put("agreement_rate", rate(agents));
        c.put("problem", cloud.problem());
        n.set("seats", seats(tables, agents));
        n.set("blockers", blockers(tables));
        return n;
    }

    private void reference(ObjectNode ref, String kind, ReferencePoint p) {
        if (p == null) {
            ref.putNull(kind);
            return;
        }
        ObjectNode e = ref.putObject(kind);
        e.set("issues", Packages.json(game.space(), p.offer()));
        ObjectNode u = e.putObject("utilities");
        for (int i = 0; i < game.parties().size(); i++) u.put(game.parties().get(i).id(), p.utilities()[i]);
    }

    private ArrayNode tables(List<RunRecord> records) {
        ArrayNode a = JSON.arrayNode();
        for (RunRecord r : records) {
            ObjectNode e = a.addObject().put("number", r.runId());
            e.put("result", SessionResult.of(r.outcome()).name().toLowerCase(Locale.ROOT));
            ObjectNode students = e.putObject("students");
            for (TableSnapshot.SeatState s : classroom.table(r.runId()).snapshot().seats()) students.put(s.party(), s.studentName());
            if (r.failed()) continue;
            e.put("rounds", r.rounds());
            if (r.agreementRound() != null) e.put("round", r.agreementRound());
            ObjectNode u = e.putObject("utilities");
            for (int i = 0; i < game.parties().size(); i++) u.put(game.parties().get(i).id(), r.evaluation().party(i).utility());
            if (r.outcome().agreedAtTable()) e.set("issues", Packages.json(game.space(), r.outcome().table().offer()));
            ArrayNode blocked = e.putArray("blocked_by");
            for (String b : blockedBy(r)) blocked.add(b);
        }
        return a;
    }

    /** "party.official" for each official who voted no in a ratification that failed. */
    private static List<String> blockedBy(RunRecord r) {
        List<String> out = new ArrayList<>();
        for (Ratification rat : r.outcome().ratifications()) {
            if (rat.passed()) continue;
            for (Vote v : rat.votes()) if (!v.approve()) out.add(rat.party() + "." + v.official());
        }
        return out;
    }

    private ArrayNode seats(List<RunRecord> tables, List<RunRecord> agents) {
        ArrayNode a = JSON.arrayNode();
        for (int p = 0; p < game.parties().size(); p++) {
            PartyModel party = game.parties().get(p);
            List<Double> students = studentUtilities(tables, party.id(), p);
            ObjectNode e = a.addObject().put("party", party.id()).put("name", party.displayName());
            e.put("students", students.size());
            if (!students.isEmpty()) {
                List<Double> sorted = new ArrayList<>(students);
                Collections.sort(sorted);
                e.put("mean", sorted.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN));
                e.put("median", sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                        : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2);
                e.put("min", sorted.get(0));
                e.put("max", sorted.get(sorted.size() - 1));
            }
            List<Double> cloudU = utilities(agents, p);
            ObjectNode ag = e.putObject("agents").put("runs", cloudU.size()).put("agreement_rate", rate(agents));
            if (!cloudU.isEmpty()) {
                double mean = cloudU.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
                double ss = 0;
                for (double u : cloudU) ss += (u - mean) * (u - mean);
                var ci = Statistics.tInterval(cloudU.size(), mean, cloudU.size() > 1 ? ss / (cloudU.size() - 1) : 0);
                ag.put("mean", ci.estimate()).put("lo", ci.lo()).put("hi", ci.hi());
            }
        }
        return a;
    }

    /** The utilities of the students who sat in {@code party}'s seat, over the tables that did not fail. */
    private List<Double> studentUtilities(List<RunRecord> tables, String party, int index) {
        List<Double> out = new ArrayList<>();
        for (RunRecord r : tables) {
            if (r.failed() || classroom.table(r.runId()).seat(party).student() == null) continue;
            out.add(r.evaluation().party(index).utility());
        }
        return out;
    }

    private static List<Double> utilities(List<RunRecord> records, int index) {
        List<Double> out = new ArrayList<>();
        for (RunRecord r : records) if (!r.failed()) out.add(r.evaluation().party(index).utility());
        return out;
    }

    private static double rate(List<RunRecord> records) {
        long ok = records.stream().filter(r -> !r.failed()).count();
        return ok == 0 ? Double.NaN : (double) records.stream().filter(RunRecord::agreement).count() / ok;
    }

    private ArrayNode blockers(List<RunRecord> tables) {
        Map<String, List<Long>> by = new LinkedHashMap<>();
        for (RunRecord r : tables) for (String b : blockedBy(r)) by.computeIfAbsent(b, k -> new ArrayList<>()).add(r.runId());
        ArrayNode a = JSON.arrayNode();
        by.entrySet().stream().sorted((x, y) -> y.getValue().size() - x.getValue().size()).forEach(e -> {
            String[] po = e.getKey().split("\\.", 2);
            var official = game.party(po[0]).official(po[1]);
            ObjectNode o = a.addObject().put("party", po[0]).put("official", po[1]).put("title", official.title())
                    .put("veto", official.veto()).put("threshold", official.reservation());
            ArrayNode ts = o.putArray("tables");
            e.getValue().forEach(ts::add);
        });
        return a;
    }

    /**
     * A debrief chart's PNG ({@link DebriefCharts#OUTCOME_SPACE} or {@link DebriefCharts#SEATS}: the
     * routes name it, never the client), redrawn when tables or agent runs have finished since it was last drawn.
     */
    synchronized byte[] chart(String name) throws ApiError, IOException {
        List<RunRecord> tables = results.records();
        List<RunRecord> agents = cloud.records();
        String key = tables.size() + "/" + agents.size();
        if (!key.equals(drawn) || !Files.exists(charts.resolve(name))) {
            draw(tables, agents);
            drawn = key;
        }
        if (!Files.exists(charts.resolve(name))) throw ApiError.notFound("the scenario has too few parties for " + name);
        return Files.readAllBytes(charts.resolve(name));
    }

    private void draw(List<RunRecord> tables, List<RunRecord> agents) throws IOException {
        List<String> names = new ArrayList<>();
        for (PartyModel p : game.parties()) names.add(p.displayName());
        List<List<Double>> students = new ArrayList<>(), agentU = new ArrayList<>();
        for (int p = 0; p < names.size(); p++) {
            students.add(studentUtilities(tables, game.parties().get(p).id(), p));
            agentU.add(utilities(agents, p));
        }
        DebriefCharts.seats(charts.resolve(DebriefCharts.SEATS), names, students, agentU);
        if (names.size() < 2) return;
        List<double[]> frontier = new ArrayList<>();
        for (double[] u : reference.frontier()) frontier.add(new double[]{u[0], u[1]});
        DebriefCharts.outcomeSpace(charts.resolve(DebriefCharts.OUTCOME_SPACE), new String[]{names.get(0), names.get(1)},
                pairs(tables), pairs(agents), frontier, List.of(
                        DebriefCharts.nash(two(reference.nash())), DebriefCharts.weightedNash(two(reference.weightedNash())),
                        DebriefCharts.kalaiSmorodinsky(two(reference.kalaiSmorodinsky())),
                        DebriefCharts.maxWelfare(two(reference.maxWelfare()))),
                new double[]{game.parties().get(0).reservation(), game.parties().get(1).reservation()}, game.scenario().name());
    }

    private static List<double[]> pairs(List<RunRecord> records) {
        List<double[]> out = new ArrayList<>();
        for (RunRecord r : records) {
            if (!r.failed()) out.add(new double[]{r.evaluation().party(0).utility(), r.evaluation().party(1).utility()});
        }
        return out;
    }

    /** Stops the agents' runs still going. */
    @Override
    public void close() {
        cloud.close();
    }

    private static double[] two(ReferencePoint p) {
        return p == null ? null : new double[]{p.utilities()[0], p.utilities()[1]};
    }
}
