package org.entente.agents;

import jade.core.AID;
import jade.domain.DFService;
import jade.domain.FIPAAgentManagement.DFAgentDescription;
import jade.domain.FIPAAgentManagement.ServiceDescription;
import jade.domain.FIPAException;
import jade.lang.acl.ACLMessage;
import org.entente.negotiation.WorldCache;
import org.entente.negotiation.Negotiator;
import org.entente.negotiation.NegotiatorContext;
import org.entente.negotiation.strategy.Strategies;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A state's head at one table: registers with the DF (type {@code entente-state}, name = party
 * id) and serves many runs at once, one {@link HeadRun} per conversation, which adapts the chair's,
 * the other heads' and the officials' messages to the run's {@link org.entente.negotiation.Head}
 * and its replica of the run's course. Its argument is an {@link AgentArguments.State}.
 */
public final class StateAgent extends EntenteAgent {
    /** Upper bound on runs remembered at once, should a chair never say "done". */
    private static final int MAX_RUNS = 10_000;

    private String party;
    private String table;
    private Function<NegotiatorContext, Negotiator> strategy;
    private WorldCache worlds;
    private final Map<String, AID> officials = new LinkedHashMap<>();
    /** The other parties' heads at this table: party -> agent, and agent local name -> party. */
    private final Map<String, AID> heads = new HashMap<>();
    private final Map<String, String> peers = new HashMap<>();
    private AID chair;
    private TableActivity activity;
    private Map<String, HeadRun> runs;
    private boolean registered;

    @Override
    protected void setup() {
        AgentArguments.State args = AgentArguments.of(this, AgentArguments.State.class);
        party = args.party();
        table = args.layout().prefix();
        strategy = args.override() != null ? args.override() : Strategies::create;
        worlds = args.worlds();
        chair = new AID(args.layout().chair(), AID.ISLOCALNAME);
        activity = args.activity();
        for (Map.Entry<String, String> h : args.layout().heads().entrySet()) {
            if (h.getKey().equals(party)) continue;
            heads.put(h.getKey(), new AID(h.getValue(), AID.ISLOCALNAME));
            peers.put(h.getValue(), h.getKey());
        }
        for (TableLayout.Seat s : args.layout().officialsOf(party)) {
            officials.put(s.official(), new AID(s.agent(), AID.ISLOCALNAME));
        }
        runs = new LinkedHashMap<>(64, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, HeadRun> eldest) {
                return size() > MAX_RUNS;
            }
        };
        sendAt(args.activity(), args.bundle());
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
        activity.heard();
        String conv = m.getConversationId();
        if (conv == null) return;
        String peer = m.getSender() == null ? null : peers.get(m.getSender().getLocalName());
        switch (m.getPerformative()) {
            case ACLMessage.CFP -> {
                HeadRun run = open(m);
                if (run != null) run.onStart(m);
            }
            case ACLMessage.PROPOSE, ACLMessage.ACCEPT_PROPOSAL, ACLMessage.REJECT_PROPOSAL -> {
                HeadRun run = peer == null ? null : open(m);
                if (run != null) run.onMoves(peer, m);
            }
            case ACLMessage.FAILURE -> {
                // a peer's strategy failed (a move), or an official or JADE could not answer
                HeadRun run = peer != null ? open(m) : runs.get(conv);
                if (run == null) return;
                if (peer != null) run.onMoves(peer, m);
                else run.onFailure(m);
            }
            case ACLMessage.INFORM -> {
                HeadRun run = runs.get(conv);
                if (run != null) run.onVote(m);
            }
            case ACLMessage.CANCEL -> runs.remove(conv);
            default -> {
                // not part of this protocol: ignore
            }
        }
    }

    /** The run of the message's conversation; set up from the run setup it carries on first contact. */
    private HeadRun open(ACLMessage m) {
        String conv = m.getConversationId();
        HeadRun run = runs.get(conv);
        if (run != null) return run;
        String setup = m.getUserDefinedParameter(Vocabulary.SETUP);
        if (setup == null) {
            complain(conv, m.getProtocol(), ContentCodec.FailureKind.PROTOCOL, "no run setup for conversation " + conv);
            return null;
        }
        try {
            run = new HeadRun(this, conv, m.getProtocol(), setup, worlds);
        } catch (RuntimeException e) {
            complain(conv, m.getProtocol(), ContentCodec.FailureKind.PROTOCOL, "could not set up the run: " + e.getMessage());
            return null;
        }
        runs.put(conv, run);
        return run;
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

    AID headOf(String party) {
        AID a = heads.get(party);
        if (a == null) throw new IllegalArgumentException("no head agent for party " + party);
        return a;
    }

    AID chair() {
        return chair;
    }

    /** The run is over for this head (reported or aborted): forget it. */
    void ended(String conversation) {
        runs.remove(conversation);
    }

    /** Tells the chair (FAILURE) why this head cannot go on with a run. */
    void complain(String conversation, String protocol, ContentCodec.FailureKind kind, String why) {
        post(Vocabulary.message(ACLMessage.FAILURE, chair, conversation, protocol,
                ContentCodec.failure(kind, getLocalName() + ": " + why)));
    }
}
