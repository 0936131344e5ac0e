package org.entente.agents;

import org.entente.bench.DefaultScenario;
import org.entente.bench.JmhDefaults;
import org.entente.negotiation.HeadStep;
import org.entente.negotiation.InProcessNegotiationService;
import org.entente.negotiation.Proceedings;
import org.entente.negotiation.RunRequest;
import org.entente.negotiation.RunWorld;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
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
        new InProcessNegotiationService(d.config).negotiate(request, (party, answer) -> answers.get(party).add(answer));
        Map<String, Replica> heads = playHeads();
        for (String p : parties) reports.put(p, heads.get(p).own());
    }

    /** A parcel on its way, and the party whose replica sent it. */
    private record Sent(String from, Replica.Parcel parcel) {
    }

    /** The heads' replicas, each playing its recorded answers when asked, their parcels delivered in the order sent. */
    private Map<String, Replica> playHeads() {
        Map<String, Replica> replicas = new HashMap<>();
        Map<String, Iterator<HeadStep.Answer>> next = new HashMap<>();
        for (String p : parties) {
            replicas.put(p, new Replica(p, new Proceedings(request, world), parties));
            next.put(p, answers.get(p).iterator());
        }
        ArrayDeque<Sent> inFlight = new ArrayDeque<>();
        boolean moved = true;
        while (moved) {
            moved = false;
            for (String p : parties) {
                Replica r = replicas.get(p);
                while (r.due() != null) {
                    for (Replica.Parcel parcel : r.play(next.get(p).next())) inFlight.add(new Sent(p, parcel));
                    moved = true;
                }
            }
            while (!inFlight.isEmpty()) {
                Sent sent = inFlight.poll();
                String to = sent.parcel().to();
                for (Replica.Parcel on : replicas.get(to).receive(sent.from(), sent.parcel().moves())) inFlight.add(new Sent(to, on));
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
