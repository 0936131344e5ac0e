package org.entente.interop;

import org.entente.interop.XmlTree.Element;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code <issue>} of a GENIUS utility space: its kind and values (the domain part) and, in a
 * profile, its evaluation as GENIUS computes it: a discrete item's evaluation divided by the
 * issue's largest; an integer or real issue's {@code linear} evaluator, either
 * {@code slope}/{@code offset} (e = slope (x - lowerbound) + offset) or
 * {@code parameter1}/{@code parameter0} (e = parameter1 x + parameter0), or {@code constant}.
 */
final class GeniusIssueReader {
    /** An issue of the domain and, in a profile, its evaluation (null in a domain file). */
    record Read(AdditiveIssue issue, IssueUtilities evaluation, int index) {
    }

    private final int realSteps;

    GeniusIssueReader(int realSteps) {
        this.realSteps = realSteps;
    }

    Read read(Element e, boolean profile) {
        String name = e.attribute("name");
        if (name == null || name.isBlank()) throw new InteropException(e.at(), "<issue> has no name");
        int index = integer(e, e.attribute("index"), "index");
        String kind = e.attribute("type") != null ? e.attribute("type") : e.attribute("etype");
        if (kind == null) kind = "discrete";
        String what = "issue \"" + name + "\"";
        return switch (kind) {
            case "discrete" -> discrete(e, name, index, profile);
            case "integer", "real" -> numeric(e, name, index, kind.equals("real"), profile);
            case "objective" -> throw new InteropException(e.at(), what + " is a nested objective; only flat issue lists "
                    + "are supported (GENIUS's linear utility ignores objective weights)");
            default -> throw new InteropException(e.at(), what + " has type \"" + kind + "\"; expected discrete, integer or real");
        };
    }

    private Read discrete(Element e, String name, int index, boolean profile) {
        List<String> values = new ArrayList<>();
        Map<String, Double> raw = new LinkedHashMap<>();
        double max = 0;
        for (Element item : e.children("item")) {
            String v = item.attribute("value");
            if (v == null) throw new InteropException(item.at(), "an item of issue \"" + name + "\" has no value");
            if (values.contains(v)) throw new InteropException(item.at(), "issue \"" + name + "\" lists \"" + v + "\" twice");
            values.add(v);
            if (!profile) continue;
            String ev = item.attribute("evaluation");
            if (ev == null) throw new InteropException(item.at(), "value \"" + v + "\" of issue \"" + name + "\" has no evaluation");
            double x = decimal(item, ev, "evaluation").doubleValue();
            if (x < 0) throw new InteropException(item.at(), "value \"" + v + "\" of issue \"" + name + "\" has a negative evaluation");
            raw.put(v, x);
            max = Math.max(max, x);
        }
        if (values.isEmpty()) throw new InteropException(e.at(), "issue \"" + name + "\" has no items");
        IssueUtilities eval = null;
        if (profile) {
            if (max <= 0) {
                throw new InteropException(e.at(), "every evaluation of issue \"" + name + "\" is 0; GENIUS divides them "
                        + "by the largest");
            }
            Map<String, Double> table = new LinkedHashMap<>();
            for (var r : raw.entrySet()) table.put(r.getKey(), r.getValue() / max);
            eval = new IssueUtilities.Table(table);
        }
        return new Read(new AdditiveIssue.Discrete(name, values, e.at()), eval, index);
    }

    private Read numeric(Element e, String name, int index, boolean real, boolean profile) {
        Element range = bounds(e);
        BigDecimal lb = decimal(range, range.attribute("lowerbound"), "lowerbound");
        BigDecimal ub = decimal(range, range.attribute("upperbound"), "upperbound");
        if (ub.compareTo(lb) < 0) throw new InteropException(range.at(), "issue \"" + name + "\": upperbound below lowerbound");
        int intervals;
        BigDecimal step;
        if (real) {
            intervals = ub.compareTo(lb) == 0 ? 0 : realSteps;
            step = intervals == 0 ? BigDecimal.ONE : ub.subtract(lb).divide(BigDecimal.valueOf(intervals), MathContext.DECIMAL64);
        } else {
            if (lb.stripTrailingZeros().scale() > 0 || ub.stripTrailingZeros().scale() > 0) {
                throw new InteropException(range.at(), "integer issue \"" + name + "\" has a non-integer bound");
            }
            BigDecimal span = ub.subtract(lb);
            if (span.compareTo(BigDecimal.valueOf(999_999)) > 0) {
                throw new InteropException(range.at(), "issue \"" + name + "\" has more than 1,000,000 values; "
                        + "Entente's grid allows at most that");
            }
            intervals = span.intValueExact();
            step = BigDecimal.ONE;
        }
        AdditiveIssue.Numeric issue = new AdditiveIssue.Numeric(name, lb, ub, step, intervals, e.at());
        return new Read(issue, profile ? evaluator(e, issue) : null, index);
    }

    /** Where the bounds are written: on the issue, on a {@code <range>} child, or on the evaluator. */
    private static Element bounds(Element issue) {
        if (issue.attribute("lowerbound") != null) return issue;
        if (!issue.children("range").isEmpty()) return issue.children("range").get(0);
        for (Element ev : issue.children("evaluator")) if (ev.attribute("lowerbound") != null) return ev;
        return issue;
    }

    /** The evaluation at both ends of the range; it must stay in [0, 1] there (GENIUS clamps outside). */
    private static IssueUtilities evaluator(Element e, AdditiveIssue.Numeric issue) {
        List<Element> evs = e.children("evaluator");
        String what = "issue \"" + issue.name() + "\"";
        if (evs.isEmpty()) throw new InteropException(e.at(), what + " has no <evaluator>");
        Element ev = evs.get(0);
        String ftype = ev.attribute("ftype") == null ? "linear" : ev.attribute("ftype");
        BigDecimal atMin, atMax;
        if (ftype.equals("constant")) {
            atMin = atMax = decimal(ev, ev.attribute("parameter0"), "parameter0");
        } else if (!ftype.equals("linear")) {
            throw new InteropException(ev.at(), what + " has an evaluator of type \"" + ftype + "\"; only linear and "
                    + "constant evaluators are linear additive");
        } else if (ev.attribute("slope") != null || ev.attribute("offset") != null) {
            BigDecimal slope = decimal(ev, ev.attribute("slope"), "slope");
            BigDecimal offset = decimal(ev, ev.attribute("offset"), "offset");
            atMin = offset;
            atMax = offset.add(slope.multiply(issue.max().subtract(issue.min())));
        } else {
            BigDecimal p0 = decimal(ev, ev.attribute("parameter0"), "parameter0");
            BigDecimal p1 = decimal(ev, ev.attribute("parameter1"), "parameter1");
            atMin = p1.multiply(issue.min()).add(p0);
            atMax = p1.multiply(issue.max()).add(p0);
        }
        for (BigDecimal end : List.of(atMin, atMax)) {
            if (end.signum() < 0 || end.compareTo(BigDecimal.ONE) > 0) {
                throw new InteropException(ev.at(), what + ": the evaluator gives " + end.stripTrailingZeros().toPlainString()
                        + " at an end of the range; GENIUS clamps evaluations to [0, 1], which makes it non-linear there "
                        + "(not supported: Entente would have to approximate it)");
            }
        }
        return new IssueUtilities.Linear(atMin.doubleValue(), atMax.doubleValue());
    }

    static BigDecimal decimal(Element at, String text, String attribute) {
        if (text == null) throw new InteropException(at.at(), "<" + at.name() + "> has no " + attribute);
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException ex) {
            throw new InteropException(at.at(), attribute + " \"" + text + "\" is not a number");
        }
    }

    static int integer(Element at, String text, String attribute) {
        BigDecimal d = decimal(at, text, attribute);
        try {
            return d.intValueExact();
        } catch (ArithmeticException ex) {
            throw new InteropException(at.at(), attribute + " \"" + text + "\" is not an integer");
        }
    }
}
