package org.entente.agents;

import jade.lang.acl.ACLMessage;
import org.entente.negotiation.WorldCache;
import org.entente.negotiation.OfficialModel;
import org.entente.negotiation.Vote;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A non-head official of a state (a ratifier): answers its head's consultations (QUERY_IF) and
 * ratification polls (QUERY_IF with {@code ratify}) with INFORM {@code vote}: approve iff its
 * utility of the offer reaches its reservation. It rebuilds the run's world itself from the run
 * setup the head sends along. Its argument is an {@link AgentArguments.Official}.
 */
public final class OfficialAgent extends EntenteAgent {
    private String party;
    private String official;
    private WorldCache worlds;
    private TableActivity activity;
    /** run setup text -> this official as compiled for that run (bounded). */
    private Map<String, OfficialModel> models;

    @Override
    protected void setup() {
        AgentArguments.Official args = AgentArguments.of(this, AgentArguments.Official.class);
        party = args.party();
        official = args.official();
        activity = args.activity();
        worlds = args.worlds();
        models = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, OfficialModel> eldest) {
                return size() > 4096;
            }
        };
        sendAt(args.activity(), args.bundle());
        addBehaviour(new Inbox(this, this::answer));
        args.ready().countDown();
    }

    private void answer(ACLMessage m) {
        activity.heard();
        int p = m.getPerformative();
        if (p != ACLMessage.QUERY_IF && p != ACLMessage.REQUEST) return;
        ACLMessage reply;
        try {
            OfficialModel me = model(m.getUserDefinedParameter(Vocabulary.SETUP));
            Vote v = me.vote(party, ContentCodec.offerOf(m.getContent()));
            reply = Vocabulary.message(ACLMessage.INFORM, m.getSender(), m.getConversationId(), m.getProtocol(), v,
                    ContentCodec.VOTE);
            reply.setInReplyTo(m.getReplyWith());
        } catch (RuntimeException e) {
            reply = m.createReply();
            reply.setPerformative(ACLMessage.FAILURE);
            reply.setContent(ContentCodec.failure(ContentCodec.FailureKind.PROTOCOL,
                    "official " + party + "." + official + " could not vote: " + e.getMessage()));
        }
        post(reply);
    }

    private OfficialModel model(String setup) {
        if (setup == null) throw new IllegalArgumentException("the message carries no run setup");
        OfficialModel me = models.get(setup);
        if (me != null) return me;
        ContentCodec.Setup s = ContentCodec.decodeSetup(setup);
        // only this official's party is compiled: the others' utilities do not enter its vote
        for (OfficialModel o : worlds.party(s.assignments(), s.seed(), party).officials()) {
            if (o.id().equals(official)) {
                models.put(setup, o);
                return o;
            }
        }
        throw new IllegalArgumentException("party " + party + " has no official " + official);
    }
}
