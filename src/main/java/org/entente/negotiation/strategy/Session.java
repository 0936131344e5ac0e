package org.entente.negotiation.strategy;

import org.entente.model.Protocol;
import org.entente.negotiation.LinearUtility;
import org.entente.negotiation.NegotiatorContext;
import org.entente.negotiation.Offer;
import org.entente.negotiation.OfficialModel;
import org.entente.negotiation.PartyModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one negotiator has seen in its run so far, shared by its offering, acceptance and
 * opponent-model parts: the clock, every party's offers, its own candidate offers, its range of
 * discounted worth (Pmax, Pmin) now and — when two-level aware — which packages its officials would
 * ratify. An agreement on offer x in round t is worth U(x)·δ^t to the party (docs/strategies.md).
 */
public final class Session {
    private final NegotiatorContext context;
    private final List<String> others = new ArrayList<>();
    private final LinearUtility othersBelieved;
    private final boolean twoLevel;
    private final Map<Offer, Boolean> ratifiable;
    /** Each other party's distinct successive offers, in the order of {@link #others}. */
    private final List<List<Offer>> history = new ArrayList<>();
    private final Candidates candidates;
    private final double minimum;
    private final int horizon;
    private int round;
    /** δ^round, the current round's {@link #factor}: asked several times a turn. */
    private double factorNow = 1.0;

    public Session(NegotiatorContext context) {
        this.context = context;
        for (String p : context.parties()) if (!p.equals(context.self().id())) others.add(p);
        if (others.isEmpty()) throw new IllegalArgumentException("party " + context.self().id() + " has nobody to negotiate with");
        for (int j = 0; j < others.size(); j++) history.add(new ArrayList<>());
        List<LinearUtility> believed = new ArrayList<>(others.size());
        for (String p : others) believed.add(context.beliefs().party(p).utility());
        this.othersBelieved = mean(believed);
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
        // a two-level head forecasts every candidate at once: room for them all, no rehashing
        this.ratifiable = new HashMap<>(twoLevel ? all.size() * 4 / 3 + 16 : 16);
        this.candidates = twoLevel ? all.filter(this::ratifiable, self.best(), self, othersBelieved) : all;
        this.minimum = context.strategy().param("min");
        this.horizon = horizon();
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
        // get, then put: a lambda capturing this session would be made at every call (C1 does not elide it)
        Boolean known = ratifiable.get(o);
        if (known != null) return known;
        boolean r = context.self().wouldRatify(o);
        ratifiable.put(o, r);
        return r;
    }

    /** Whether this party may offer or accept {@code o} at all: ratifiable when two-level aware. */
    public boolean admissible(Offer o) {
        return !twoLevel || ratifiable(o);
    }

    /**
     * Whether it may accept {@code o}, agreed in round {@code agreedIn}, at all: worth at least its
     * reservation, and admissible.
     */
    public boolean mayAccept(Offer o, int agreedIn) {
        return worth(o, agreedIn) >= reservation() - 1e-12 && admissible(o);
    }

    public Candidates candidates() {
        return candidates;
    }

    public double reservation() {
        return context.self().reservation();
    }

    /** δ^r: what one unit of utility agreed in round r is worth to the party. */
    public double factor(int r) {
        double d = context.self().discount();
        return d == 1.0 ? 1.0 : Math.pow(d, r);
    }

    /** The worth of offer {@code o} agreed in round {@code agreedIn}: U(o)·δ^agreedIn. */
    public double worth(Offer o, int agreedIn) {
        return utility(o) * (agreedIn == round ? factorNow : factor(agreedIn));
    }

    /** The worth of {@code o} agreed in the current round (what proposing it now can give). */
    public double worthNow(Offer o) {
        return worth(o, round);
    }

    /** The worth of an own utility agreed in the current round. */
    public double worthNow(double utility) {
        return utility * factorNow;
    }

    /** The own utility that is worth {@code worth} when agreed in the current round. */
    public double utilityFor(double worth) {
        double f = factorNow;
        return f > 0 ? worth / f : 0.0;
    }

    /** Pmax: the worth of its best candidate agreed in the current round. */
    public double best() {
        return worthNow(candidates.bestUtility());
    }

    /**
     * Pmin: its reservation, or the strategy parameter {@code min} when higher (but not above Pmax).
     * Above Pmax only when even its best candidate no longer beats its reservation.
     */
    public double floor() {
        return Math.max(reservation(), Math.min(minimum, best()));
    }

    /** Whether nothing it could still propose is worth its reservation: it then breaks off. */
    public boolean hopeless() {
        return best() < reservation() - 1e-12;
    }

    public int round() {
        return round;
    }

    public void at(int round) {
        this.round = round;
        this.factorNow = factor(round);
    }

    /**
     * Normalised time τ = t / H in [0, 1]: 0 at the first round, 1 at its horizon H (see
     * {@link #horizon}): discounting and reservations close the deal before the deadline may.
     */
    public double time() {
        return Math.max(0.0, Math.min(1.0, (double) round / Math.max(1, horizon)));
    }

    /**
     * H: the last round before the deadline in which some candidate is still worth its reservation
     * to this party and, as it believes, to every other; when it believes no candidate ever is, the
     * last round its own best is; -1 when not even that.
     */
    private int horizon() {
        int joint = -1;
        PartyModel[] believed = new PartyModel[others.size()];
        for (int j = 0; j < believed.length; j++) believed[j] = context.beliefs().party(others.get(j));
        for (int i = 0; i < candidates.size(); i++) {
            Offer x = candidates.get(i);
            int t = lastRound(candidates.utility(i), reservation(), context.self().discount());
            for (PartyModel o : believed) t = Math.min(t, lastRound(o.utility().of(x), o.reservation(), o.discount()));
            joint = Math.max(joint, t);
        }
        int h = joint >= 0 ? joint : lastRound(candidates.bestUtility(), reservation(), context.self().discount());
        return Math.min(context.deadline() - 1, h);
    }

    /** The last round in which utility u is worth at least reservation r at discount δ; -1 if none, "never ends" as MAX_VALUE. */
    private static int lastRound(double u, double r, double discount) {
        if (u < r - 1e-12) return -1;
        if (discount >= 1.0 || r <= 0) return Integer.MAX_VALUE;
        return (int) Math.min(Integer.MAX_VALUE, Math.floor(Math.log(r / u) / Math.log(discount) + 1e-9));
    }

    /** Records another party's offer; true when it differs from that party's previous one. */
    public boolean observe(String party, Offer offer) {
        List<Offer> h = historyOf(party);
        if (h == null || offer == null) return false;
        if (!h.isEmpty() && h.get(h.size() - 1).equals(offer)) return false;
        h.add(offer);
        return true;
    }

    /** The distinct successive offers of {@code party} seen so far. */
    public List<Offer> offersOf(String party) {
        List<Offer> h = historyOf(party);
        return h == null ? List.of() : h;
    }

    /** The offers seen from {@code party}, or null when it is not another party of this negotiation. */
    private List<Offer> historyOf(String party) {
        int j = others.indexOf(party);
        return j < 0 ? null : history.get(j);
    }

    public Offer lastOfferOf(String party) {
        List<Offer> h = offersOf(party);
        return h.isEmpty() ? null : h.get(h.size() - 1);
    }
}
