package org.entente.agents;

import org.entente.negotiation.Offer;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;
import org.entente.negotiation.Vote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "entente-text" content language: every ACL content is {@code kind;key=value;...}, offers in
 * their compact form ({@code 3.0.12}), free text percent-escaped. Compact and cheap to build and
 * parse on the hot path; every encode has an exact inverse (see docs/agents.md).
 */
public final class ContentCodec {
    private static final String SPECIAL = "%;=|:,\n\r";

    private ContentCodec() {
    }

    // ---- requests (chair -> head, CFP) ----

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
                    if (p.keys[i].startsWith("o.")) offers.put(unescape(p.keys[i].substring(2)), Offer.parse(p.values[i]));
                }
                yield new Request.Simultaneous(round, offers);
            }
            case "mutate" -> new Request.MutationVote(round, p.offer("text"), p.offer("prop"));
            case "final" -> new Request.FinalVote(round, p.offer("text"));
            default -> throw malformed(content, "not a request");
        };
    }

    // ---- a head's answer to a CFP ----

    /**
     * What a head answers: the negotiator's reply; the consultation of its officials that preceded
     * it (null when there was none); how many messages it exchanged with its officials for it.
     */
    public record Answer(Reply reply, Consultation consultation, int officialMessages) {
    }

    /** A head's consultation before accepting: the forecast of its ratification and its decision. */
    public record Consultation(Offer offer, boolean passed, double share, boolean proceed) {
    }

    public static String encode(Answer a) {
        StringBuilder b = new StringBuilder(48);
        Reply r = a.reply();
        if (r instanceof Reply.Propose p) {
            b.append("propose;o=").append(p.offer());
        } else if (r instanceof Reply.Accept acc) {
            b.append("accept");
            if (acc.proposer() != null) b.append(";by=").append(escape(acc.proposer()));
        } else if (r instanceof Reply.EndNegotiation e) {
            b.append("end");
            if (e.reason() != null) b.append(";why=").append(escape(e.reason()));
        } else if (r instanceof Reply.Ballot v) {
            b.append("ballot;yes=").append(v.yes() ? '1' : '0');
        }
        Consultation c = a.consultation();
        if (c != null) {
            b.append(";co=").append(c.offer()).append(";cp=").append(c.passed() ? '1' : '0')
                    .append(";cs=").append(c.share()).append(";cg=").append(c.proceed() ? '1' : '0');
        }
        if (a.officialMessages() != 0) b.append(";m=").append(a.officialMessages());
        return b.toString();
    }

    public static Answer decodeAnswer(String content) {
        Parsed p = Parsed.of(content);
        Reply reply = switch (p.kind) {
            case "propose" -> new Reply.Propose(p.offer("o"));
            case "accept" -> new Reply.Accept(p.text("by"));
            case "end" -> new Reply.EndNegotiation(p.text("why"));
            case "ballot" -> new Reply.Ballot(p.flag("yes"));
            default -> throw malformed(content, "not a reply");
        };
        Consultation c = p.get("co") == null ? null
                : new Consultation(p.offer("co"), p.flag("cp"), p.real("cs"), p.flag("cg"));
        String m = p.get("m");
        return new Answer(reply, c, m == null ? 0 : parseInt(content, m));
    }

    // ---- ratification and consultation ----

    /** Chair -> head (REQUEST): ratify this agreement. */
    public static String ratify(Offer offer) {
        return "ratify;o=" + offer;
    }

    /** Head -> official (QUERY_IF): would you approve this offer? */
    public static String consult(Offer offer) {
        return "consult;o=" + offer;
    }

    /** The offer of a {@code ratify} or {@code consult} message. */
    public static Offer offerOf(String content) {
        Parsed p = Parsed.of(content);
        if (!p.kind.equals("ratify") && !p.kind.equals("consult")) throw malformed(content, "not ratify or consult");
        return p.offer("o");
    }

    /** Whether a {@code ratify}/{@code consult} content is a ratification (else a consultation). */
    public static boolean isRatify(String content) {
        return content.startsWith("ratify;");
    }

    /** Official -> head (INFORM): its approval and utility. */
    public static String vote(boolean approve, double utility) {
        return (approve ? "vote;yes=1;u=" : "vote;yes=0;u=") + utility;
    }

    /** Decodes an official's {@code vote} as a {@link Vote} of {@code party}'s {@code official}. */
    public static Vote decodeVote(String content, String party, String official) {
        Parsed p = Parsed.of(content);
        if (!p.kind.equals("vote")) throw malformed(content, "not a vote");
        return new Vote(party, official, p.flag("yes"), p.real("u"));
    }

    /** Head -> chair (INFORM): all its officials' votes (its own included), in party order. */
    public static String votes(List<Vote> votes, int officialMessages) {
        StringBuilder b = new StringBuilder(24 + 24 * votes.size());
        b.append("votes;m=").append(officialMessages).append(";v=");
        for (int i = 0; i < votes.size(); i++) {
            Vote v = votes.get(i);
            if (i > 0) b.append('|');
            b.append(escape(v.official())).append(':').append(v.approve() ? '1' : '0').append(':').append(v.utility());
        }
        return b.toString();
    }

    /** The votes of a {@code votes} content, as cast by {@code party}'s officials. */
    public static List<Vote> decodeVotes(String content, String party) {
        Parsed p = Parsed.of(content);
        if (!p.kind.equals("votes")) throw malformed(content, "not votes");
        String all = p.get("v");
        List<Vote> out = new ArrayList<>();
        if (all == null || all.isEmpty()) return out;
        for (String one : split(all, '|')) {
            List<String> f = split(one, ':');
            if (f.size() != 3) throw malformed(content, "vote '" + one + "' is not official:yes:utility");
            out.add(new Vote(party, unescape(f.get(0)), f.get(1).equals("1"), parseReal(content, f.get(2))));
        }
        return out;
    }

    /** The {@code m} field of a {@code votes} content. */
    public static int messagesOf(String content) {
        String m = Parsed.of(content).get("m");
        return m == null ? 0 : parseInt(content, m);
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

    /** Everything an agent needs to rebuild a run's world: the point's assignments and the run seed. */
    public record Setup(long seed, Map<String, Object> assignments) {
    }

    public static String encode(Setup s) {
        StringBuilder b = new StringBuilder(32);
        b.append("run;seed=").append(s.seed());
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
            if (!p.keys[i].startsWith("a.")) continue;
            String v = p.values[i];
            if (v.length() < 2 || v.charAt(1) != ':') throw malformed(content, "assignment without a type");
            String path = unescape(p.keys[i].substring(2));
            String body = v.substring(2);
            a.put(path, v.charAt(0) == 'd' ? (Object) parseReal(content, body) : unescape(body));
        }
        String seed = p.get("seed");
        if (seed == null) throw malformed(content, "no seed");
        return new Setup(Long.parseLong(seed), a);
    }

    // ---- escaping ----

    /** Percent-escapes the separators of this language; returns {@code s} itself when it has none. */
    public static String escape(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && SPECIAL.indexOf(s.charAt(i)) < 0) i++;
        if (i == n) return s;
        StringBuilder b = new StringBuilder(n + 8);
        b.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    public static String unescape(String s) {
        int i = s.indexOf('%');
        if (i < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, i);
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                int hi = Character.digit(s.charAt(i + 1), 16), lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) throw malformed(s, "bad escape");
                b.append((char) (hi * 16 + lo));
                i += 3;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static List<String> split(String s, char sep) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == sep) {
                out.add(s.substring(from, i));
                from = i + 1;
            }
        }
        return out;
    }

    private static IllegalArgumentException malformed(String content, String why) {
        return new IllegalArgumentException("malformed entente-text content (" + why + "): " + content);
    }

    private static int parseInt(String content, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw malformed(content, "'" + v + "' is not an integer");
        }
    }

    private static double parseReal(String content, String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw malformed(content, "'" + v + "' is not a number");
        }
    }

    /** A content split once into its kind and key=value fields. */
    private static final class Parsed {
        final String content;
        final String kind;
        String[] keys = new String[8];
        String[] values = new String[8];
        int size;

        private Parsed(String content, String kind) {
            this.content = content;
            this.kind = kind;
        }

        static Parsed of(String content) {
            if (content == null) throw malformed("null", "empty");
            int semi = content.indexOf(';');
            Parsed p = new Parsed(content, semi < 0 ? content : content.substring(0, semi));
            int from = semi < 0 ? content.length() : semi + 1;
            while (from < content.length()) {
                int end = content.indexOf(';', from);
                if (end < 0) end = content.length();
                int eq = content.indexOf('=', from);
                if (eq < 0 || eq > end) throw malformed(content, "field without '='");
                if (p.size == p.keys.length) {
                    p.keys = java.util.Arrays.copyOf(p.keys, p.size * 2);
                    p.values = java.util.Arrays.copyOf(p.values, p.size * 2);
                }
                p.keys[p.size] = content.substring(from, eq);
                p.values[p.size] = content.substring(eq + 1, end);
                p.size++;
                from = end + 1;
            }
            return p;
        }

        String get(String key) {
            for (int i = 0; i < size; i++) if (keys[i].equals(key)) return values[i];
            return null;
        }

        String need(String key) {
            String v = get(key);
            if (v == null) throw malformed(content, "no field '" + key + "'");
            return v;
        }

        String text(String key) {
            String v = get(key);
            return v == null ? null : unescape(v);
        }

        int integer(String key) {
            return parseInt(content, need(key));
        }

        double real(String key) {
            return parseReal(content, need(key));
        }

        boolean flag(String key) {
            return need(key).equals("1");
        }

        Offer offer(String key) {
            try {
                return Offer.parse(need(key));
            } catch (NumberFormatException e) {
                throw malformed(content, "field '" + key + "' is not an offer");
            }
        }
    }
}
