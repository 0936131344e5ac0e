package org.entente.results;

import org.entente.model.Issue;
import org.entente.model.NumericIssue;
import org.entente.model.Numbers;
import org.entente.negotiation.Game;
import org.entente.negotiation.Offer;

import java.util.ArrayList;
import java.util.List;

/**
 * Packages in words for the readable trace: each issue's value with its unit, what changed between
 * two packages, each party's undiscounted value of a package, wrapped into lines of at most
 * {@link #WIDTH} characters.
 */
final class PackageWords {
    static final int WIDTH = 100;
    private final Game game;
    private final List<String> parties;

    PackageWords(Game game, List<String> parties) {
        this.game = game;
        this.parties = List.copyOf(parties);
    }

    /** "purchase 20 US$ M/yr", "tariff_free 98%", "alignment joint_statement". */
    String value(int issue, int k) {
        Issue i = game.space().issues().get(issue);
        return i.id() + " " + withUnit(i, i.valueLabel(k));
    }

    private static String withUnit(Issue i, String label) {
        String unit = i instanceof NumericIssue n && n.unit() != null ? n.unit().trim() : "";
        if (unit.isEmpty()) return label;
        return label + (unit.equals("%") ? "" : " ") + unit;
    }

    /** Every issue's value. */
    List<String> all(Offer o) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < o.size(); i++) out.add(value(i, o.get(i)));
        return out;
    }

    /** The issues on which {@code to} differs from {@code from}: "purchase 0 → 20 US$ M/yr". */
    List<String> changes(Offer from, Offer to) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < to.size(); i++) {
            if (from.get(i) == to.get(i)) continue;
            Issue issue = game.space().issues().get(i);
            out.add(issue.id() + " " + issue.valueLabel(from.get(i)) + " → " + withUnit(issue, issue.valueLabel(to.get(i))));
        }
        return out;
    }

    /** "value (undiscounted): china 0.97, lesotho 0.24". */
    String worth(Offer o) {
        List<String> us = new ArrayList<>();
        for (String p : parties) us.add(p + " " + u(game.party(p).utility().of(o)));
        return "value (undiscounted): " + String.join(", ", us);
    }

    /** A utility or share to two decimals. */
    static String u(double x) {
        return Numbers.format(Math.round(x * 100) / 100.0, 3);
    }

    /** {@code first}, then {@code items} separated by ", ", wrapped into lines that start with {@code indent} spaces. */
    static void wrap(StringBuilder b, String first, List<String> items, int indent) {
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i) + (i < items.size() - 1 ? "," : "");
            if (!empty && line.length() + 1 + item.length() > WIDTH) {
                b.append(line).append('\n');
                line = new StringBuilder(" ".repeat(indent)).append(item);
            } else {
                line.append(' ').append(item);
            }
            empty = false;
        }
        b.append(line).append('\n');
    }
}
