package org.entente.teaching;

import org.entente.model.Phrases;
import org.entente.negotiation.Negotiator;
import org.entente.negotiation.NegotiatorContext;
import org.entente.negotiation.Offer;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A party's head played by a student at the terminal: each request of the mechanism shows the
 * state (offers with their value to the student and the officials' reactions) and reads commands
 * until one answers it. Mistakes are explained and the prompt repeats; {@code quit} or end of
 * input walks away, and every later request is answered without asking (walk away / vote no).
 */
public final class StudentNegotiator implements Negotiator {
    private final NegotiatorContext context;
    private final Terminal console;
    private final SeatView view;
    private final PackageParser parser;
    private final String self;
    private Offer lastOwn;
    private boolean walkedAway;

    public StudentNegotiator(NegotiatorContext context, Terminal console, SeatView view) {
        this.context = context;
        this.console = console;
        this.view = view;
        this.parser = new PackageParser(context.space());
        this.self = context.self().id();
    }

    /** What the prompt accepts in the current situation. */
    private enum Situation { TURN, SIMULTANEOUS, VOTE, CONFIRM, COUNTER }

    public boolean walkedAway() {
        return walkedAway;
    }

    @Override
    public Reply onTurn(Request.Turn turn) {
        if (walkedAway) return new Reply.EndNegotiation("student walked away");
        boolean canAccept = turn.standing() != null && turn.proposer() != null && !turn.proposer().equals(self);
        StringBuilder b = new StringBuilder(header(turn.round()));
        if (canAccept) {
            b.append('\n').append(turn.proposer()).append(" offers: ").append(context.space().describe(turn.standing()));
            if (turn.acceptedBy() > 0) b.append("  (already accepted by ").append(turn.acceptedBy()).append(" other)");
            b.append('\n').append(view.appraise(turn.standing(), turn.round()));
        } else {
            b.append("\nNothing is on the table yet: make the first offer.");
        }
        console.say(b.toString());
        return converse(Situation.TURN, turn.round(), canAccept ? Map.of(turn.proposer(), turn.standing()) : Map.of());
    }

    @Override
    public Reply onSimultaneous(Request.Simultaneous request) {
        if (walkedAway) return new Reply.EndNegotiation("student walked away");
        StringBuilder b = new StringBuilder(header(request.round()));
        Map<String, Offer> others = othersOf(request.offers());
        if (request.offers().isEmpty()) {
            b.append("\nAll parties now state their opening offers at the same time.");
        } else {
            Offer own = request.offers().get(self);
            if (own != null) lastOwn = own;
            for (Map.Entry<String, Offer> e : others.entrySet()) {
                b.append('\n').append(e.getKey()).append(" offers: ").append(context.space().describe(e.getValue()))
                        .append('\n').append(view.appraise(e.getValue(), request.round()));
            }
            b.append("\nEach round you must concede (or 'keep' your offer; if nobody concedes, talks break down).");
        }
        console.say(b.toString());
        return converse(Situation.SIMULTANEOUS, request.round(), others);
    }

    @Override
    public boolean onMutationVote(Request.MutationVote vote) {
        if (walkedAway) return false;
        console.say(header(vote.round()) + "\nThe mediator proposes to change the text"
                + "\n  current text: " + context.space().describe(vote.text()) + "\n" + view.appraise(vote.text(), vote.round())
                + "\n  proposed:     " + context.space().describe(vote.proposal()) + "\n" + view.appraise(vote.proposal(), vote.round()));
        Reply r = converse(Situation.VOTE, vote.round(), Map.of());
        return r instanceof Reply.Ballot ballot && ballot.yes();
    }

    @Override
    public boolean onFinalVote(Request.FinalVote vote) {
        if (walkedAway) return false;
        console.say(header(vote.round()) + "\nFINAL VOTE on the negotiating text: " + context.space().describe(vote.text())
                + "\n" + view.appraise(vote.text(), vote.round()));
        Reply r = converse(Situation.VOTE, vote.round(), Map.of());
        return r instanceof Reply.Ballot ballot && ballot.yes();
    }

    @Override
    public boolean proceedDespite(Offer offer, Ratification forecast) {
        if (walkedAway) return false;
        StringBuilder b = new StringBuilder("You consult your officials about ")
                .append(context.space().describe(offer)).append('\n').append(view.reactions(forecast));
        if (forecast.passed()) {
            console.say(b.toString());
            return true;
        }
        b.append("\nYour officials would not ratify this. Go ahead anyway (yes) or withdraw and make a counter-offer (no)?");
        console.say(b.toString());
        Reply r = converse(Situation.CONFIRM, -1, Map.of());
        return r instanceof Reply.Ballot ballot && ballot.yes();
    }

    @Override
    public Reply afterWithdrawal(Request request) {
        if (walkedAway) return endOrNo(request);
        if (request instanceof Request.MutationVote || request instanceof Request.FinalVote) return new Reply.Ballot(false);
        console.say("You withdrew. Make a counter-offer instead.");
        return converse(Situation.COUNTER, request.round(), Map.of());
    }

    private Reply endOrNo(Request request) {
        if (request instanceof Request.MutationVote || request instanceof Request.FinalVote) return new Reply.Ballot(false);
        return new Reply.EndNegotiation("student walked away");
    }

    private Map<String, Offer> othersOf(Map<String, Offer> offers) {
        Map<String, Offer> m = new java.util.LinkedHashMap<>();
        for (String p : context.parties()) {
            if (!p.equals(self) && offers.containsKey(p)) m.put(p, offers.get(p));
        }
        return m;
    }

    private String header(int round) {
        int left = context.deadline() - round;
        return "\n--- Round " + round + " of " + context.deadline() + " (rounds are counted from 0; "
                + Phrases.count(left, "round", "rounds") + " left before the deadline) ---";
    }

    private String prompt(Situation s, int round) {
        return switch (s) {
            case TURN -> "[round " + round + "/" + context.deadline() + "] offer / accept / show / help / quit > ";
            case SIMULTANEOUS -> "[round " + round + "/" + context.deadline() + "] offer / keep / accept / show / help / quit > ";
            case VOTE -> "[round " + round + "/" + context.deadline() + "] yes / no / show / help / quit > ";
            case CONFIRM -> "go ahead? yes / no > ";
            case COUNTER -> "[round " + round + "/" + context.deadline() + "] counter-offer: offer / show / help / quit > ";
        };
    }

    /** Reads commands until one answers the request; each mistake is explained and retried. */
    private Reply converse(Situation s, int round, Map<String, Offer> onTable) {
        while (true) {
            String line = console.ask(prompt(s, round));
            if (line == null) return walkAway(s, "end of input");
            Command command;
            try {
                command = Command.parse(line);
                if (command == null) continue;
                Reply reply = answer(s, round, onTable, command);
                if (reply != null) return reply;
            } catch (CommandError e) {
                console.say("  ! " + e.getMessage() + (e.getMessage().contains("issue=value") ? " (e.g. " + example() + ")" : ""));
            }
        }
    }

    /** The reply this command gives, or null when the command only showed something. */
    private Reply answer(Situation s, int round, Map<String, Offer> onTable, Command command) throws CommandError {
        boolean voting = s == Situation.VOTE || s == Situation.CONFIRM;
        if (command instanceof Command.Help) {
            console.say(help(s));
            return null;
        }
        if (command instanceof Command.Quit) return walkAway(s, "quit");
        if (command instanceof Command.Show show) {
            console.say(show(show.assignments(), round, onTable));
            return null;
        }
        if (command instanceof Command.Yes || command instanceof Command.No) {
            if (!voting) throw new CommandError("there is nothing to vote on now; " + hint(s));
            return new Reply.Ballot(command instanceof Command.Yes);
        }
        if (command instanceof Command.Propose p) {
            if (voting) throw new CommandError("you cannot make offers now; " + hint(s));
            return propose(parser.parse(p.assignments(), base(), baseName()), round);
        }
        if (command instanceof Command.Keep) {
            if (s != Situation.SIMULTANEOUS) throw new CommandError("'keep' is only for simultaneous offers; " + hint(s));
            if (lastOwn == null) throw new CommandError("you have no offer to keep yet: make one with 'offer'");
            console.say("  You keep your offer: " + context.space().describe(lastOwn));
            return new Reply.Propose(lastOwn);
        }
        Command.Accept a = (Command.Accept) command;
        if (voting) throw new CommandError("answer with yes or no; " + hint(s));
        if (s == Situation.COUNTER) throw new CommandError("you just withdrew your acceptance: make a counter-offer");
        if (onTable.isEmpty()) throw new CommandError("there is no offer on the table to accept: make one with 'offer'");
        String proposer = a.party();
        if (proposer == null) {
            if (onTable.size() > 1) {
                throw new CommandError("several offers are on the table: say whose, e.g. 'accept "
                        + onTable.keySet().iterator().next() + "'");
            }
            proposer = onTable.keySet().iterator().next();
        } else if (!onTable.containsKey(proposer)) {
            throw new CommandError("no offer from '" + a.party() + "' on the table; offers from: "
                    + String.join(", ", onTable.keySet()));
        }
        console.say("  You accept " + proposer + "'s offer: " + context.space().describe(onTable.get(proposer)));
        return new Reply.Accept(proposer);
    }

    private Reply propose(PackageParser.Parsed parsed, int round) {
        StringBuilder b = new StringBuilder();
        for (String note : parsed.notes()) b.append("  (").append(note).append(")\n");
        b.append("  You offer: ").append(context.space().describe(parsed.offer())).append('\n')
                .append(view.appraise(parsed.offer(), round));
        console.say(b.toString());
        lastOwn = parsed.offer();
        return new Reply.Propose(parsed.offer());
    }

    private Offer base() {
        return lastOwn != null ? lastOwn : context.self().utility().best();
    }

    private String baseName() {
        return lastOwn != null ? "your last offer" : "your ideal package";
    }

    private String show(List<String> assignments, int round, Map<String, Offer> onTable) throws CommandError {
        if (!assignments.isEmpty()) {
            PackageParser.Parsed parsed = parser.parse(assignments, base(), baseName());
            StringBuilder b = new StringBuilder();
            for (String note : parsed.notes()) b.append("  (").append(note).append(")\n");
            b.append("  Package ").append(context.space().describe(parsed.offer())).append(" (not offered)\n")
                    .append(view.appraise(parsed.offer(), Math.max(round, 0)));
            return b.toString();
        }
        StringBuilder b = new StringBuilder();
        if (onTable.isEmpty()) b.append("  On the table: nothing from the other side.\n");
        for (Map.Entry<String, Offer> e : onTable.entrySet()) {
            b.append("  On the table from ").append(e.getKey()).append(": ").append(context.space().describe(e.getValue()))
                    .append('\n').append(view.appraise(e.getValue(), Math.max(round, 0))).append('\n');
        }
        if (lastOwn != null) {
            b.append("  Your last offer: ").append(context.space().describe(lastOwn)).append('\n')
                    .append(view.appraise(lastOwn, Math.max(round, 0)));
        } else {
            Offer ideal = context.self().utility().best();
            b.append("  You have made no offer yet. Your ideal package: ").append(context.space().describe(ideal))
                    .append('\n').append(view.appraise(ideal, Math.max(round, 0)));
        }
        return b.toString();
    }

    private Reply walkAway(Situation s, String why) {
        walkedAway = true;
        console.say("end of input".equals(why) ? "  (no more input: you walk away from the table)"
                : "  You walk away from the table.");
        return switch (s) {
            case VOTE, CONFIRM -> new Reply.Ballot(false);
            default -> new Reply.EndNegotiation("student walked away");
        };
    }

    private static String hint(Situation s) {
        return switch (s) {
            case TURN -> "use offer, accept, show, help or quit";
            case SIMULTANEOUS -> "use offer, keep, accept, show, help or quit";
            case VOTE, CONFIRM -> "answer yes or no (or show, help, quit)";
            case COUNTER -> "use offer, show, help or quit";
        };
    }

    private String help(Situation s) {
        List<String> lines = new ArrayList<>();
        if (s == Situation.VOTE || s == Situation.CONFIRM) {
            lines.add("  yes                         vote for it / go ahead");
            lines.add("  no                          vote against it / withdraw");
        } else {
            lines.add("  offer ISSUE=VALUE ...       propose a package, e.g. offer "
                    + example() + "  (issues you leave out keep your " + (lastOwn != null ? "last offer's" : "ideal") + " values;");
            lines.add("                              names may be shortened to a unique prefix; numbers snap to the grid)");
            if (s == Situation.TURN) lines.add("  accept                      accept the offer on the table");
            if (s == Situation.SIMULTANEOUS) {
                lines.add("  accept [PARTY]              accept another party's offer");
                lines.add("  keep                        repeat your last offer (no concession)");
            }
        }
        lines.add("  show                        the offers on the table and your last offer, with their value to you");
        lines.add("  show ISSUE=VALUE ...        the value of a package to you and your officials, without offering it");
        lines.add("  help                        this list");
        lines.add("  quit                        walk away from the table (no agreement)");
        return String.join("\n", lines);
    }

    private String example() {
        StringBuilder b = new StringBuilder();
        Offer ideal = context.self().utility().best();
        for (int i = 0; i < Math.min(2, context.space().issueCount()); i++) {
            if (i > 0) b.append(' ');
            b.append(context.space().issues().get(i).id()).append('=').append(context.space().issues().get(i).valueLabel(ideal.get(i)));
        }
        return b.toString();
    }
}
