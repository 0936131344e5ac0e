package org.entente.agents;

import jade.core.AID;
import jade.core.Agent;
import jade.domain.DFService;
import jade.domain.FIPAAgentManagement.DFAgentDescription;
import jade.domain.FIPAAgentManagement.ServiceDescription;
import jade.domain.FIPAException;
import jade.lang.acl.ACLMessage;
import org.entente.negotiation.WorldCache;
import org.entente.negotiation.Negotiator;
import org.entente.negotiation.NegotiatorContext;
import org.entente.negotiation.strategy.Strategies;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A state's head at one table: registers with the DF (type {@code entente-state}, name = party
 * id) and serves many runs at once, one {@link HeadRun} per conversation, which adapts the chair's
 * and the officials' messages to the run's {@link org.entente.negotiation.Head}. Its argument is an
 * {@link AgentArguments.State}.
 */
public final class StateAgent extends Agent {
    /** Upper bound on runs remembered at once, should a chair never say "done". */
    private static final int MAX_RUNS = 10_000;

    private String party;
    private String table;
    private Function<NegotiatorContext, Negotiator> strategy;
    private WorldCache worlds;
    private final Map<String, AID> officials = new LinkedHashMap<>();
    private Map<String, HeadRun> runs;
    private boolean registered;

    @Override
    protected void setup() {
        AgentArguments.State args = AgentArguments.of(this, AgentArguments.State.class);
        party = args.party();
        table = args.layout().prefix();
        strategy = args.override() != null ? args.override() : Strategies::create;
        worlds = new WorldCache(args.base(), 64);
        for (TableLayout.Seat s : args.layout().officialsOf(party)) {
            officials.put(s.official(), new AID(s.agent(), AID.ISLOCALNAME));
        }
        runs = new LinkedHashMap<>(64, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, HeadRun> eldest) {
                return size() > MAX_RUNS;
            }
        };
        register();
        addBehaviour(new Inbox(this, this::dispatch));
        args.ready().countDown();
    }

    private void register() {
        DFAgentDescription d = new DFAgentDescription();
        d.setName(getAID());
        ServiceDescription s = new ServiceDescription();
        s.setType(Vocabulary.STATE_SERVICE);
        s.setName(party);
        s.setOwnership(table);
        s.addLanguages(Vocabulary.LANGUAGE);
        s.addOntologies(Vocabulary.ONTOLOGY);
        d.addServices(s);
        try {
            DFService.register(this, d);
            registered = true;
        } catch (FIPAException e) {
            // the DF is a convenience for tools and lookups; negotiation addresses agents by name
            registered = false;
        }
    }

    @Override
    protected void takeDown() {
        if (registered) {
            try {
                DFService.deregister(this);
            } catch (FIPAException e) {
                // platform going down: nothing left to tidy
            }
        }
        if (runs != null) runs.clear();
    }

    private void dispatch(ACLMessage m) {
        String conv = m.getConversationId();
        switch (m.getPerformative()) {
            case ACLMessage.CFP, ACLMessage.REQUEST -> {
                HeadRun run = runs.get(conv);
                if (run == null) {
                    String setup = m.getUserDefinedParameter(Vocabulary.SETUP);
                    if (setup == null) {
                        refuse(m, ContentCodec.FailureKind.PROTOCOL, "no run setup for conversation " + conv);
                        return;
                    }
                    try {
                        run = new HeadRun(this, setup, worlds);
                    } catch (RuntimeException e) {
                        refuse(m, ContentCodec.FailureKind.PROTOCOL, "could not set up the run: " + e.getMessage());
                        return;
                    }
                    runs.put(conv, run);
                }
                if (m.getPerformative() == ACLMessage.CFP) run.onCall(m);
                else run.onRatify(m);
            }
            case ACLMessage.INFORM -> {
                HeadRun run = runs.get(conv);
                if (Vocabulary.DONE.equals(m.getContent())) runs.remove(conv);
                else if (run != null) run.onVote(m);
            }
            case ACLMessage.CANCEL -> runs.remove(conv);
            case ACLMessage.FAILURE -> {
                HeadRun run = runs.get(conv);
                if (run != null) run.onOfficialFailure(m);
            }
            default -> {
                // not part of this protocol: ignore
            }
        }
    }

    // ---- used by HeadRun ----

    String party() {
        return party;
    }

    /** Builds the party's negotiator for a run: its configured strategy, or the override it was given. */
    Function<NegotiatorContext, Negotiator> strategy() {
        return strategy;
    }

    AID official(String id) {
        AID a = officials.get(id);
        if (a == null) throw new IllegalArgumentException("no agent for official " + party + "." + id);
        return a;
    }

    void refuse(ACLMessage m, ContentCodec.FailureKind kind, String why) {
        ACLMessage r = m.createReply();
        r.setPerformative(ACLMessage.FAILURE);
        r.setContent(ContentCodec.failure(kind, why));
        send(Vocabulary.direct(r));
    }
}
