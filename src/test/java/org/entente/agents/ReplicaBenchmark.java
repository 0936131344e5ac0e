package org.entente.agents;

import org.entente.bench.DefaultScenario;
import org.entente.bench.JmhDefaults;
import org.entente.negotiation.Agenda;
import org.entente.negotiation.Ask;
import org.entente.negotiation.Head;
import org.entente.negotiation.HeadStep;
import org.entente.negotiation.NegotiatorContext;
import org.entente.negotiation.OfficialModel;
import org.entente.negotiation.Offer;
import org.entente.negotiation.Proceedings;
import org.entente.negotiation.Request;
import org.entente.negotiation.RunRequest;
import org.entente.negotiation.RunWorld;
import org.entente.negotiation.Vote;
import org.entente.negotiation.strategy.Strategies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The protocol's replicas of one run of the default scenario (docs/performance.md, "Fourteenth pass": about a tenth
 * of a run's CPU): each head's replica playing its head's answers and taking the other's moves, parcel by parcel, as
 * the head agents exchange them, and the chair's replica replaying the heads' reports. The answers were decided once,
 * in the set-up, so no strategy runs here, and no JADE.
 */
public class ReplicaBenchmark extends JmhDefaults {
    private RunRequest request;
    private RunWorld world;
    private List<String> parties;
    /** Each party's answers in the run, in the order it gave them. */
    private final Map<String, List<HeadStep.Answer>> answers = new LinkedHashMap<>();
    /** Each party's own moves, as its head reports them to the chair. */
    private final Map<String, List<Move>> reports = new LinkedHashMap<>();

    @Setup
    public void setUp() throws Exception {
        DefaultScenario d = new DefaultScenario(1);
        world = d.worlds.get(0);
        request = d.plan.request(0);
        parties = world.beliefs().partyIds();
        for (String p : parties) answers.put(p, new ArrayList<>());
        record();
        Map<String, Replica> heads = playHeads();
        for (String p : parties) reports.put(p, heads.get(p).own());
    }

    /** Negotiates the run in process (as {@code InProcessNegotiationService} does) and keeps every answer. */
    private void record() {
        Proceedings proceedings = new Proceedings(request, world);
        Map<String, Head> heads = new HashMap<>();
        for (String p : parties) {
            heads.put(p, new Head(NegotiatorContext.of(world.config(), world.beliefs(), world.game().party(p), request.seed()),
                    Strategies::create, false));
        }
        for (Agenda a = proceedings.next(); a instanceof Ask ask; a = proceedings.next()) {
            for (Map.Entry<String, Request> e : ask.requests().entrySet()) {
                Head head = heads.get(e.getKey());
                HeadStep step = head.onRequest(e.getValue());
                if (step instanceof HeadStep.Consult c) step = head.onConsultation(votes(head.party(), c.officials(), c.offer()));
                answers.get(head.party()).add((HeadStep.Answer) step);
                proceedings.answered(head.party(), (HeadStep.Answer) step);
            }
        }
    }

    private static List<Vote> votes(String party, List<OfficialModel> officials, Offer offer) {
        List<Vote> votes = new ArrayList<>(officials.size());
        for (OfficialModel o : officials) votes.add(o.vote(party, offer));
        return votes;
    }

    /** The heads' replicas, each playing its recorded answers when asked, their parcels delivered in the order sent. */
    private Map<String, Replica> playHeads() {
        Map<String, Replica> replicas = new HashMap<>();
        Map<String, Integer> played = new HashMap<>();
        for (String p : parties) {
            replicas.put(p, new Replica(p, new Proceedings(request, world), parties));
            played.put(p, 0);
        }
        ArrayDeque<Object[]> inFlight = new ArrayDeque<>();
        boolean moved = true;
        while (moved) {
            moved = false;
            for (String p : parties) {
                Replica r = replicas.get(p);
                while (r.due() != null) {
                    int k = played.merge(p, 1, Integer::sum) - 1;
                    for (Replica.Parcel parcel : r.play(answers.get(p).get(k))) inFlight.add(new Object[]{p, parcel});
                    moved = true;
                }
            }
            while (!inFlight.isEmpty()) {
                Object[] sent = inFlight.poll();
                Replica.Parcel parcel = (Replica.Parcel) sent[1];
                for (Replica.Parcel on : replicas.get(parcel.to()).receive((String) sent[0], parcel.moves())) {
                    inFlight.add(new Object[]{parcel.to(), on});
                }
                moved = true;
            }
        }
        for (String p : parties) {
            if (!replicas.get(p).over()) throw new IllegalStateException(p + "'s replica did not reach the run's end");
        }
        return replicas;
    }

    /** Both heads' replicas of one run. */
    @Benchmark
    public Object headsReplicas() {
        return playHeads();
    }

    /** The chair's replica replaying the heads' reports, in the order of the parties. */
    @Benchmark
    public Object chairReplay() {
        Replica chair = new Replica(null, new Proceedings(request, world), parties);
        for (Map.Entry<String, List<Move>> e : reports.entrySet()) chair.receive(e.getKey(), e.getValue());
        if (!chair.over()) throw new IllegalStateException("the chair's replica did not reach the run's end");
        return chair;
    }
}
