package org.entente.interop;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.model.Issue;
import org.entente.model.NumericIssue;
import org.entente.model.Party;
import org.entente.model.Preference;
import org.entente.negotiation.Game;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * One issue as GeniusWeb holds it. A numeric issue stays a number range when its grid is a whole
 * number of steps and every party values it linearly (GeniusWeb's {@code numberutils} are
 * linear); otherwise its grid values become discrete values, each with every party's exact value.
 */
record ExportedIssue(Issue issue, boolean range, List<String> labels) {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    static ExportedIssue of(Issue issue, List<Party> parties, List<String> notes) {
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < issue.size(); k++) labels.add(issue.valueLabel(k));
        if (!(issue instanceof NumericIssue n)) return new ExportedIssue(issue, false, labels);
        if (new HashSet<>(labels).size() < labels.size()) {
            labels.clear();
            for (int k = 0; k < n.size(); k++) labels.add(YamlText.number(n.value(k)));
        }
        String why = null;
        if (n.size() > 1 && !wholeSteps(n)) why = "its last step is shorter than step " + YamlText.number(n.step());
        for (Party p : parties) {
            Preference pref = p.preferences().get(n.id());
            boolean linear = pref == null || pref instanceof Preference.Linear
                    || (pref instanceof Preference.Monotone m && m.exponent() == 1);
            if (why == null && !linear) why = "party " + p.id() + " does not value it linearly";
        }
        if (why == null) return new ExportedIssue(issue, true, labels);
        notes.add("issue " + n.id() + ": exported as " + n.size() + " discrete values (" + why + "; GeniusWeb's number "
                + "ranges are linear with whole steps); every party's value of each is exact");
        return new ExportedIssue(issue, false, labels);
    }

    private static boolean wholeSteps(NumericIssue n) {
        BigDecimal span = BigDecimal.valueOf(n.max()).subtract(BigDecimal.valueOf(n.min()));
        return span.remainder(BigDecimal.valueOf(n.step())).signum() == 0
                && span.divideToIntegralValue(BigDecimal.valueOf(n.step())).intValueExact() == n.size() - 1;
    }

    ObjectNode valueSet() {
        ObjectNode o = F.objectNode();
        if (range) {
            NumericIssue n = (NumericIssue) issue;
            ObjectNode r = o.putObject("range");
            r.put("low", BigDecimal.valueOf(n.min()));
            r.put("high", BigDecimal.valueOf(n.max()));
            r.put("step", n.size() > 1 ? BigDecimal.valueOf(n.step()) : BigDecimal.ONE);
        } else {
            var a = o.putArray("values");
            labels.forEach(a::add);
        }
        return o;
    }

    /** The party's utilities of this issue's values (0 where it is indifferent). */
    ObjectNode utilities(Party party) {
        ObjectNode o = F.objectNode();
        if (range) {
            NumericIssue n = (NumericIssue) issue;
            ObjectNode u = o.putObject("numberutils");
            u.put("lowValue", BigDecimal.valueOf(n.min()));
            u.put("lowUtility", value(party, 0));
            u.put("highValue", BigDecimal.valueOf(n.max()));
            u.put("highUtility", value(party, n.size() - 1));
        } else {
            ObjectNode vu = o.putObject("discreteutils").putObject("valueUtilities");
            for (int k = 0; k < labels.size(); k++) vu.put(labels.get(k), value(party, k));
        }
        return o;
    }

    /** Grid index k as a bid value. */
    void putValue(ObjectNode bid, int k) {
        if (range) {
            NumericIssue n = (NumericIssue) issue;
            bid.put(issue.id(), k == n.size() - 1 ? BigDecimal.valueOf(n.max())
                    : BigDecimal.valueOf(n.min()).add(BigDecimal.valueOf(n.step()).multiply(BigDecimal.valueOf(k))));
        } else {
            bid.put(issue.id(), labels.get(k));
        }
    }

    private BigDecimal value(Party party, int k) {
        double v = Game.issueValue(party, issue, k);
        return Double.isNaN(v) ? BigDecimal.ZERO : BigDecimal.valueOf(v);
    }
}
