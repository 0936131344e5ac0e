package org.entente.agents;

import jade.core.AID;
import jade.core.Agent;
import jade.domain.DFService;
import jade.domain.FIPAAgentManagement.DFAgentDescription;
import jade.domain.FIPAAgentManagement.SearchConstraints;
import jade.domain.FIPAAgentManagement.ServiceDescription;
import jade.domain.FIPAException;
import jade.lang.acl.ACLMessage;
import org.entente.negotiation.WorldCache;
import org.entente.model.Config;
import org.entente.negotiation.Negotiator;
import org.entente.negotiation.NegotiatorContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A state's head at one table: registers with the DF (type {@code entente-state}, name = party
 * id), answers the chair's CFPs through the run's {@link Negotiator}, consults its officials before
 * accepting, and polls them for ratification ({@link HeadRun} holds each run's state). Arguments:
 * the base {@link Config}, the {@link TableLayout}, the party id, and an optional negotiator
 * factory overriding the party's strategy (or null), and a start-up latch (or null).
 */
public final class StateAgent extends Agent {
    /** Upper bound on runs remembered at once, should a chair never say "done". */
    private static final int MAX_RUNS = 10_000;

    private String party;
    private TableLayout layout;
    private Function<NegotiatorContext, Negotiator> override;
    private WorldCache worlds;
    private final Map<String, AID> officials = new LinkedHashMap<>();
    private Map<String, HeadRun> runs;
    private boolean registered;

    @Override
    @SuppressWarnings("unchecked")
    protected void setup() {
        Object[] args = getArguments();
        Config base = (Config) args[0];
        layout = (TableLayout) args[1];
        party = (String) args[2];
        override = args.length > 3 && args[3] != null ? (Function<NegotiatorContext, Negotiator>) args[3] : null;
        worlds = new WorldCache(base, 64);
        for (TableLayout.Seat s : layout.officialsOf(party)) officials.put(s.official(), new AID(s.agent(), AID.ISLOCALNAME));
        runs = new LinkedHashMap<>(64, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, HeadRun> eldest) {
                return size() > MAX_RUNS;
            }
        };
        register();
        addBehaviour(new Inbox(this, this::dispatch));
        Ready.signal(args, 4);
    }

    private void register() {
        DFAgentDescription d = new DFAgentDescription();
        d.setName(getAID());
        ServiceDescription s = new ServiceDescription();
        s.setType(Vocabulary.STATE_SERVICE);
        s.setName(party);
        s.setOwnership(layout.prefix());
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

    /**
     * The heads registered with the DF under {@code entente-state} (any party, any table), with an
     * explicit bound on results instead of the DF's default of 100.
     */
    public static List<DFAgentDescription> find(Agent asker, String partyOrNull, long maxResults) throws FIPAException {
        DFAgentDescription t = new DFAgentDescription();
        ServiceDescription s = new ServiceDescription();
        s.setType(Vocabulary.STATE_SERVICE);
        if (partyOrNull != null) s.setName(partyOrNull);
        t.addServices(s);
        SearchConstraints c = new SearchConstraints();
        c.setMaxResults(maxResults);
        return List.of(DFService.search(asker, t, c));
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
                        run = new HeadRun(this, party, setup, worlds);
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

    Function<NegotiatorContext, Negotiator> override() {
        return override;
    }

    Map<String, AID> officials() {
        return officials;
    }

    void refuse(ACLMessage m, ContentCodec.FailureKind kind, String why) {
        ACLMessage r = m.createReply();
        r.setPerformative(ACLMessage.FAILURE);
        r.setContent(ContentCodec.failure(kind, why));
        send(Vocabulary.direct(r));
    }

    /** How many runs this head currently remembers (bounded; for tests). */
    int activeRuns() {
        return runs.size();
    }
}
