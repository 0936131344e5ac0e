package org.entente.agents;

import jade.lang.acl.ACLMessage;
import org.entente.agents.ContentSyntax.Parsed;
import org.entente.negotiation.HeadStep;
import org.entente.negotiation.Offer;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;
import org.entente.negotiation.TraceEvent;
import org.entente.negotiation.Vote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.entente.agents.ContentSyntax.escape;
import static org.entente.agents.ContentSyntax.malformed;
import static org.entente.agents.ContentSyntax.parseInt;
import static org.entente.agents.ContentSyntax.parseReal;
import static org.entente.agents.ContentSyntax.split;
import static org.entente.agents.ContentSyntax.unescape;

/**
 * The "entente-text" content language: every ACL content is {@code kind;key=value;...}, offers in
 * their compact form ({@code 3.0.12}), free text percent-escaped. Compact and cheap to build and
 * parse on the hot path; every encode has an exact inverse (see docs/agents.md).
 */
public final class ContentCodec {
    private ContentCodec() {
    }

    // ---- requests (chair -> head, CFP: the first ask of a run) ----

    public static String encode(Request request) {
        StringBuilder b = new StringBuilder(48);
        if (request instanceof Request.Turn t) {
            b.append("turn;r=").append(t.round());
            if (t.standing() != null) b.append(";o=").append(t.standing());
            if (t.proposer() != null) b.append(";by=").append(escape(t.proposer()));
            b.append(";acc=").append(t.acceptedBy());
        } else if (request instanceof Request.Simultaneous s) {
            b.append("sim;r=").append(s.round());
            for (Map.Entry<String, Offer> e : s.offers().entrySet()) {
                b.append(";o.").append(escape(e.getKey())).append('=').append(e.getValue());
            }
        } else if (request instanceof Request.MutationVote m) {
            b.append("mutate;r=").append(m.round()).append(";text=").append(m.text())
                    .append(";prop=").append(m.proposal());
        } else if (request instanceof Request.FinalVote f) {
            b.append("final;r=").append(f.round()).append(";text=").append(f.text());
        }
        return b.toString();
    }

    public static Request decodeRequest(String content) {
        Parsed p = Parsed.of(content);
        int round = p.integer("r");
        return switch (p.kind) {
            case "turn" -> {
                String o = p.get("o");
                yield new Request.Turn(round, o == null ? null : Offer.parse(o), p.text("by"), p.integer("acc"));
            }
            case "sim" -> {
                Map<String, Offer> offers = new LinkedHashMap<>();
                for (int i = 0; i < p.size; i++) {
                    if (p.keyStartsWith(i, "o.")) offers.put(unescape(p.key(i).substring(2)), Offer.parse(p.value(i)));
                }
                yield new Request.Simultaneous(round, offers);
            }
            case "mutate" -> new Request.MutationVote(round, p.offer("text"), p.offer("prop"));
            case "final" -> new Request.FinalVote(round, p.offer("text"));
            default -> throw malformed(content, "not a request");
        };
    }

    // ---- moves (head -> head) and reports (head -> chair) ----

    /** Moves, one per line: the answer ({@code propose;o=2.1.0}, ...) or the strategy's failure, then {@code ;k=<ask>;p=<party>}. */
    public static String moves(List<Move> moves) {
        StringBuilder b = new StringBuilder(32 * moves.size());
        appendMoves(b, moves);
        return b.toString();
    }

    private static void appendMoves(StringBuilder b, List<Move> moves) {
        for (int i = 0; i < moves.size(); i++) {
            if (i > 0) b.append('\n');
            Move m = moves.get(i);
            if (m instanceof Move.Answered a) appendAnswer(b, a.answer());
            else b.append(failure(FailureKind.STRATEGY, ((Move.Failed) m).reason()));
            b.append(";k=").append(m.ask()).append(";p=").append(escape(m.party()));
        }
    }

    /** Writes moves as {@link #moves} does; the writer of a message whose content is a list of moves ({@link ValueMessage}). */
    static final Function<List<Move>, String> MOVES = ContentCodec::moves;

    public static List<Move> decodeMoves(String content) {
        return decodeMoves(content, 0);
    }

    /** The moves of {@code m}: from a sender in this JVM the list itself, as its text decodes; else read from the text. */
    static List<Move> decodeMoves(ACLMessage m) {
        List<Move> carried = ValueMessage.value(m, MOVES);
        return carried != null ? asDecoded(carried) : decodeMoves(m.getContent());
    }

    /**
     * {@code moves} as their text decodes: the text writes no null reason or event detail, so they read as empty.
     * The same list when nothing differs (always, but for a failure without a message or a traced event without detail).
     */
    static List<Move> asDecoded(List<Move> moves) {
        List<Move> out = null;
        for (int i = 0; i < moves.size(); i++) {
            Move m = moves.get(i);
            Move d = asDecoded(m);
            if (d != m && out == null) out = new ArrayList<>(moves.subList(0, i));
            if (out != null) out.add(d);
        }
        return out == null ? moves : out;
    }

    private static Move asDecoded(Move m) {
        if (m instanceof Move.Failed f) return f.reason() == null ? new Move.Failed(f.ask(), f.party(), "") : m;
        HeadStep.Answer a = ((Move.Answered) m).answer();
        List<TraceEvent> events = a.events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).detail() != null) continue;
            List<TraceEvent> filled = new ArrayList<>(events.size());
            for (TraceEvent e : events) {
                filled.add(e.detail() != null ? e : new TraceEvent(e.round(), e.actor(), e.action(), e.offer(), ""));
            }
            return new Move.Answered(m.ask(), m.party(), new HeadStep.Answer(a.reply(), filled));
        }
        return m;
    }

    /** The moves of {@code content} from {@code from} on, one per line. */
    private static List<Move> decodeMoves(String content, int from) {
        List<Move> out = new ArrayList<>();
        while (from <= content.length()) {
            int end = content.indexOf('\n', from);
            if (end < 0) end = content.length();
            out.add(decodeMove(Parsed.of(content, from, end)));
            from = end + 1;
        }
        return out;
    }

    private static Move decodeMove(Parsed p) {
        int ask = p.integer("k");
        String party = p.text("p");
        if (party == null) throw malformed(p.text(), "no field 'p'");
        if (p.kind.equals("error")) {
            String why = p.text("msg");
            return new Move.Failed(ask, party, why == null ? "" : why);
        }
        return new Move.Answered(ask, party, decodeAnswer(p));
    }

    /**
     * A head's answer: the negotiator's reply and the trace events of how the head reached it
     * (consultation votes, a withdrawal; none when the run is not traced).
     */
    private static void appendAnswer(StringBuilder b, HeadStep.Answer a) {
        Reply r = a.reply();
        if (r instanceof Reply.Propose p) {
            p.offer().appendTo(b.append("propose;o="));
        } else if (r instanceof Reply.Accept acc) {
            b.append("accept");
            if (acc.proposer() != null) b.append(";by=").append(escape(acc.proposer()));
        } else if (r instanceof Reply.EndNegotiation e) {
            b.append("end");
            if (e.reason() != null) b.append(";why=").append(escape(e.reason()));
        } else if (r instanceof Reply.Ballot v) {
            b.append("ballot;yes=").append(v.yes() ? '1' : '0');
        }
        if (!a.events().isEmpty()) {
            b.append(";ev=");
            for (int i = 0; i < a.events().size(); i++) {
                TraceEvent e = a.events().get(i);
                if (i > 0) b.append('|');
                b.append(e.round()).append(':').append(escape(e.actor())).append(':').append(escape(e.action()))
                        .append(':').append(e.offer() == null ? "" : e.offer()).append(':')
                        .append(e.detail() == null ? "" : escape(e.detail()));
            }
        }
    }

    private static HeadStep.Answer decodeAnswer(Parsed p) {
        Reply reply = switch (p.kind) {
            case "propose" -> new Reply.Propose(p.offer("o"));
            case "accept" -> new Reply.Accept(p.text("by"));
            case "end" -> new Reply.EndNegotiation(p.text("why"));
            case "ballot" -> new Reply.Ballot(p.flag("yes"));
            default -> throw malformed(p.text(), "not a reply");
        };
        String ev = p.get("ev");
        if (ev == null) return new HeadStep.Answer(reply, List.of());
        List<TraceEvent> events = new ArrayList<>();
        for (String one : split(ev, '|')) {
            List<String> f = split(one, ':');
            if (f.size() != 5) throw malformed(p.text(), "event '" + one + "' is not round:actor:action:offer:detail");
            Offer offer;
            try {
                offer = f.get(3).isEmpty() ? null : Offer.parse(f.get(3));
            } catch (NumberFormatException e) {
                throw malformed(p.text(), "event '" + one + "' has no offer");
            }
            events.add(new TraceEvent(parseInt(p.text(), f.get(0)), unescape(f.get(1)), unescape(f.get(2)), offer,
                    unescape(f.get(4))));
        }
        return new HeadStep.Answer(reply, events);
    }

    /**
     * What a head reports to the chair when a run is over for it: how many messages it sent in the
     * run (its officials' replies included), its party's ratification votes (every official's, the
     * head's own included, in party order; null when there is nothing to ratify), and its own moves.
     */
    public record Report(int messages, List<Vote> votes, List<Move> moves) {
        public Report {
            votes = votes == null ? null : List.copyOf(votes);
            moves = List.copyOf(moves);
        }
    }

    /** {@code report;m=5;v=pm:1:0.62|trade:1:0.85}, then the moves, one per line. */
    public static String encode(Report r) {
        StringBuilder b = new StringBuilder(48 + 32 * r.moves().size());
        b.append("report;m=").append(r.messages());
        if (r.votes() != null) {
            b.append(";v=");
            for (int i = 0; i < r.votes().size(); i++) {
                Vote v = r.votes().get(i);
                if (i > 0) b.append('|');
                b.append(escape(v.official())).append(':').append(v.approve() ? '1' : '0').append(':').append(v.utility());
            }
        }
        if (!r.moves().isEmpty()) b.append('\n');
        appendMoves(b, r.moves());
        return b.toString();
    }

    /** Writes a report as {@link #encode(Report)} does; the writer of a message whose content is a report ({@link ValueMessage}). */
    static final Function<Report, String> REPORT = ContentCodec::encode;

    /**
     * The report of {@code party}'s head in {@code m}: from a sender in this JVM the report itself, as its text
     * decodes (its votes are {@code party}'s); else read from the text.
     */
    static Report decodeReport(ACLMessage m, String party) {
        Report carried = ValueMessage.value(m, REPORT);
        if (carried == null || !votesOf(carried.votes(), party)) return decodeReport(m.getContent(), party);
        List<Move> moves = asDecoded(carried.moves());
        return moves == carried.moves() ? carried : new Report(carried.messages(), carried.votes(), moves);
    }

    /** Whether every vote (if any) is {@code party}'s, as the text's decoding makes them. */
    private static boolean votesOf(List<Vote> votes, String party) {
        if (votes == null) return true;
        for (int i = 0; i < votes.size(); i++) {
            if (!votes.get(i).party().equals(party)) return false;
        }
        return true;
    }

    /** The report of {@code party}'s head. */
    public static Report decodeReport(String content, String party) {
        int nl = content.indexOf('\n');
        Parsed p = Parsed.of(content, 0, nl < 0 ? content.length() : nl);
        if (!p.kind.equals("report")) throw malformed(content, "not a report");
        List<Vote> votes = null;
        String all = p.get("v");
        if (all != null) {
            votes = new ArrayList<>();
            if (!all.isEmpty()) {
                for (String one : split(all, '|')) {
                    List<String> f = split(one, ':');
                    if (f.size() != 3) throw malformed(content, "vote '" + one + "' is not official:yes:utility");
                    votes.add(new Vote(party, unescape(f.get(0)), f.get(1).equals("1"), parseReal(content, f.get(2))));
                }
            }
        }
        return new Report(p.integer("m"), votes, nl < 0 ? List.of() : decodeMoves(content, nl + 1));
    }

    // ---- polls of the officials (head -> official, QUERY_IF; official -> head, INFORM) ----

    /** Head -> official: your ratification vote on this agreement. */
    public static String ratify(Offer offer) {
        return "ratify;o=" + offer;
    }

    /** Head -> official: would you approve this offer? */
    public static String consult(Offer offer) {
        return "consult;o=" + offer;
    }

    /** The offer of a {@code ratify} or {@code consult} message. */
    public static Offer offerOf(String content) {
        Parsed p = Parsed.of(content);
        if (!p.kind.equals("ratify") && !p.kind.equals("consult")) throw malformed(content, "not ratify or consult");
        return p.offer("o");
    }

    /** Official -> head (INFORM): its approval and utility. */
    public static String vote(boolean approve, double utility) {
        return (approve ? "vote;yes=1;u=" : "vote;yes=0;u=") + utility;
    }

    /**
     * Writes a vote's approval and utility as {@link #vote} does; the writer of a message whose content is a vote
     * ({@link ValueMessage}); the receiver knows whose vote it is.
     */
    static final Function<Vote, String> VOTE = v -> vote(v.approve(), v.utility());

    /** An official's vote in {@code m} as a {@link Vote} of {@code party}'s {@code official}: from this JVM its value, else its text. */
    static Vote decodeVote(ACLMessage m, String party, String official) {
        Vote carried = ValueMessage.value(m, VOTE);
        return carried != null ? new Vote(party, official, carried.approve(), carried.utility())
                : decodeVote(m.getContent(), party, official);
    }

    /** Decodes an official's {@code vote} as a {@link Vote} of {@code party}'s {@code official}. */
    public static Vote decodeVote(String content, String party, String official) {
        Parsed p = Parsed.of(content);
        if (!p.kind.equals("vote")) throw malformed(content, "not a vote");
        return new Vote(party, official, p.flag("yes"), p.real("u"));
    }

    // ---- failures ----

    /** Why a run failed at an agent: its negotiator threw ({@code strategy}) or a peer was unreachable. */
    public enum FailureKind { STRATEGY, UNREACHABLE, PROTOCOL }

    public record Failure(FailureKind kind, String message) {
    }

    public static String failure(FailureKind kind, String message) {
        return "error;kind=" + kind.name().toLowerCase(java.util.Locale.ROOT) + ";msg="
                + escape(message == null ? "" : message);
    }

    /** Decodes an {@code error} content; anything else (e.g. a JADE AMS failure) is UNREACHABLE. */
    public static Failure decodeFailure(String content) {
        if (content == null || !content.startsWith("error;")) {
            return new Failure(FailureKind.UNREACHABLE, content == null ? "" : content);
        }
        Parsed p = Parsed.of(content);
        String kind = p.get("kind");
        FailureKind k = kind == null ? FailureKind.STRATEGY
                : FailureKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
        String msg = p.text("msg");
        return new Failure(k, msg == null ? "" : msg);
    }

    // ---- run setup (user-defined parameter X-entente-run) ----

    /**
     * Everything an agent needs to rebuild a run's world (the point's assignments and the run seed),
     * and whether the run is traced.
     */
    public record Setup(long seed, Map<String, Object> assignments, boolean trace) {
    }

    public static String encode(Setup s) {
        StringBuilder b = new StringBuilder(32);
        b.append("run;seed=").append(s.seed());
        if (s.trace()) b.append(";t=1");
        for (Map.Entry<String, Object> e : s.assignments().entrySet()) {
            b.append(";a.").append(escape(e.getKey())).append('=');
            Object v = e.getValue();
            if (v instanceof Double d) b.append("d:").append(d);
            else if (v instanceof Number n) b.append("d:").append(n.doubleValue());
            else b.append("s:").append(escape(String.valueOf(v)));
        }
        return b.toString();
    }

    public static Setup decodeSetup(String content) {
        Parsed p = Parsed.of(content);
        if (!p.kind.equals("run")) throw malformed(content, "not a run setup");
        Map<String, Object> a = new LinkedHashMap<>();
        for (int i = 0; i < p.size; i++) {
            if (!p.keyStartsWith(i, "a.")) continue;
            String v = p.value(i);
            if (v.length() < 2 || v.charAt(1) != ':') throw malformed(content, "assignment without a type");
            String path = unescape(p.key(i).substring(2));
            String body = v.substring(2);
            a.put(path, v.charAt(0) == 'd' ? (Object) parseReal(content, body) : unescape(body));
        }
        String seed = p.get("seed");
        if (seed == null) throw malformed(content, "no seed");
        return new Setup(Long.parseLong(seed), a, "1".equals(p.get("t")));
    }
}
