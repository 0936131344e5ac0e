package org.entente.negotiation.strategy;

import org.entente.model.Protocol;
import org.entente.negotiation.LinearUtility;
import org.entente.negotiation.NegotiatorContext;
import org.entente.negotiation.Offer;
import org.entente.negotiation.OfficialModel;
import org.entente.negotiation.PartyModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one negotiator has seen in its run so far, shared by its offering, acceptance and
 * opponent-model parts: the clock, every party's offers, its own candidate offers, its utility
 * range (Pmax, Pmin) and — when two-level aware — which packages its officials would ratify.
 */
public final class Session {
    private final NegotiatorContext context;
    private final List<String> others = new ArrayList<>();
    private final LinearUtility othersBelieved;
    private final boolean twoLevel;
    private final Map<Offer, Boolean> ratifiable = new HashMap<>();
    private final Map<String, List<Offer>> history = new LinkedHashMap<>();
    private final List<Offer> own = new ArrayList<>();
    private final Candidates candidates;
    private final double floor;
    private int round;

    public Session(NegotiatorContext context) {
        this.context = context;
        for (String p : context.parties()) if (!p.equals(context.self().id())) others.add(p);
        if (others.isEmpty()) throw new IllegalArgumentException("party " + context.self().id() + " has nobody to negotiate with");
        for (String p : others) history.put(p, new ArrayList<>());
        this.othersBelieved = mean(others.stream().map(p -> context.beliefs().party(p).utility()).toList());
        this.twoLevel = context.strategy().param("two_level") >= 0.5;
        LinearUtility self = context.self().utility();
        List<LinearUtility[]> pairs = new ArrayList<>();
        pairs.add(new LinearUtility[]{self, othersBelieved});
        if (twoLevel) {
            for (OfficialModel o : context.self().officials()) {
                pairs.add(new LinearUtility[]{o.utility(), othersBelieved});
                pairs.add(new LinearUtility[]{self, o.utility()});
            }
        }
        Candidates all = Candidates.of(self, othersBelieved, pairs, context.space());
        this.candidates = twoLevel ? all.filter(this::ratifiable, self.best(), self, othersBelieved) : all;
        double min = context.strategy().param("min");
        this.floor = Math.min(Math.max(context.self().reservation(), min), candidates.bestUtility());
    }

    /** The mean of several utilities, issue by issue. */
    static LinearUtility mean(List<LinearUtility> us) {
        LinearUtility m = us.get(0);
        for (int j = 1; j < us.size(); j++) m = m.blend((double) j / (j + 1), us.get(j));
        return m;
    }

    public NegotiatorContext context() {
        return context;
    }

    public PartyModel self() {
        return context.self();
    }

    public Protocol protocol() {
        return context.protocol();
    }

    /** The other parties, in turn order. */
    public List<String> others() {
        return others;
    }

    /** The mean of the other parties' utilities as this party believes them (common knowledge). */
    public LinearUtility othersBelieved() {
        return othersBelieved;
    }

    public boolean twoLevel() {
        return twoLevel;
    }

    /** Own (true) utility of an offer, undiscounted. */
    public double utility(Offer o) {
        return context.self().utility().of(o);
    }

    /** Whether the party's own officials would ratify {@code o} (memoised). */
    public boolean ratifiable(Offer o) {
        return ratifiable.computeIfAbsent(o, x -> context.self().forecast(x).passed());
    }

    /** Whether this party may offer or accept {@code o} at all: ratifiable when two-level aware. */
    public boolean admissible(Offer o) {
        return !twoLevel || ratifiable(o);
    }

    /** Whether it may accept {@code o} at all: worth at least its reservation, and admissible. */
    public boolean mayAccept(Offer o) {
        return utility(o) >= context.self().reservation() - 1e-12 && admissible(o);
    }

    public Candidates candidates() {
        return candidates;
    }

    /** Pmax: the own utility of its best candidate. */
    public double best() {
        return candidates.bestUtility();
    }

    /** Pmin: max(reservation, strategy parameter {@code min}), never above Pmax. */
    public double floor() {
        return floor;
    }

    public int round() {
        return round;
    }

    public void at(int round) {
        this.round = round;
    }

    /** Normalised time t/T in [0, 1]: 0 at the first round, 1 at the last round before the deadline. */
    public double time() {
        return time(round);
    }

    public double time(int r) {
        int last = Math.max(1, context.deadline() - 1);
        return Math.max(0.0, Math.min(1.0, (double) r / last));
    }

    /** Records another party's offer; true when it differs from that party's previous one. */
    public boolean observe(String party, Offer offer) {
        List<Offer> h = history.get(party);
        if (h == null || offer == null) return false;
        if (!h.isEmpty() && h.get(h.size() - 1).equals(offer)) return false;
        h.add(offer);
        return true;
    }

    /** The distinct successive offers of {@code party} seen so far. */
    public List<Offer> offersOf(String party) {
        List<Offer> h = history.get(party);
        return h == null ? List.of() : h;
    }

    public Offer lastOfferOf(String party) {
        List<Offer> h = offersOf(party);
        return h.isEmpty() ? null : h.get(h.size() - 1);
    }

    /** Records an offer this party made. */
    public void offered(Offer o) {
        own.add(o);
    }

    /** This party's offers so far (every one made, repeats included). */
    public List<Offer> ownOffers() {
        return own;
    }

    public Offer lastOwnOffer() {
        return own.isEmpty() ? null : own.get(own.size() - 1);
    }
}
