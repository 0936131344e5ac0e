package org.entente.interop;

import org.entente.interop.JsonTree.Arr;
import org.entente.interop.JsonTree.Obj;
import org.entente.interop.JsonTree.Value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.entente.interop.JsonReading.*;

/**
 * Reads a GeniusWeb domain (JSON) and its {@code LinearAdditiveUtilitySpace} profiles (ANL
 * 2022–2024): discrete value sets and number ranges; {@code discreteutils} and
 * {@code numberutils} (also under their class names); issue weights summing to 1; the
 * reservation bid's utility as the reservation value. Anything else is an error at its place.
 */
public final class GeniusWebImport {
    /**
     * How far the weights may sum from 1: the rounding of printed decimals, no more (Entente's
     * weights are shares, so any other sum would rescale every utility).
     */
    static final double WEIGHT_SUM_TOLERANCE = 1e-10;
    private static final List<String> DOMAIN_KEYS = List.of("name", "issuesValues");
    private static final List<String> SPACE_KEYS = List.of("issueUtilities", "issueWeights", "domain", "name",
            "reservationBid", "reserved_value", "discount_factor");

    /** Each number issue's range high as written (its grid is cut to the last grid point). */
    private final Map<String, BigDecimal> writtenHigh = new LinkedHashMap<>();

    private GeniusWebImport() {
    }

    public static AdditiveScenario read(Path domainFile, List<Path> profileFiles) {
        GeniusWebImport in = new GeniusWebImport();
        Obj domain = object(JsonTree.read(domainFile), "the domain");
        List<AdditiveIssue> issues = in.issues(domain);
        String name = domain.get("name") == null ? Identifiers.stem(domainFile) : text(domain.get("name"), "the domain's name");
        List<AdditiveProfile> profiles = new ArrayList<>();
        for (Path f : profileFiles) profiles.add(in.profile(f, issues));
        return new AdditiveScenario(name, "GeniusWeb", issues, profiles, List.of());
    }

    private List<AdditiveIssue> issues(Obj domain) {
        allowOnly(domain, "the domain", DOMAIN_KEYS);
        Obj values = object(required(domain, "issuesValues", "the domain"), "issuesValues");
        if (values.members().isEmpty()) throw new InteropException(values.at(), "the domain has no issues");
        List<AdditiveIssue> out = new ArrayList<>();
        for (var e : values.members().entrySet()) out.add(issue(e.getKey(), object(e.getValue(), "issue " + e.getKey())));
        return out;
    }

    private AdditiveIssue issue(String name, Obj set) {
        String what = "issue \"" + name + "\"";
        if (set.get("values") != null && set.members().size() == 1) {
            Arr a = list(set.get("values"), what + " values");
            List<String> vs = new ArrayList<>();
            for (Value v : a.items()) {
                String s = text(v, what + " value");
                if (vs.contains(s)) throw new InteropException(v.at(), what + ": value \"" + s + "\" listed twice");
                vs.add(s);
            }
            if (vs.isEmpty()) throw new InteropException(a.at(), what + " has no values");
            return new AdditiveIssue.Discrete(name, vs, set.at());
        }
        if (set.get("range") != null && set.members().size() == 1) {
            Obj r = object(set.get("range"), what + " range");
            allowOnly(r, what + " range", List.of("low", "high", "step"));
            BigDecimal low = number(required(r, "low", what + " range"), what + " low");
            BigDecimal high = number(required(r, "high", what + " range"), what + " high");
            BigDecimal step = number(required(r, "step", what + " range"), what + " step");
            if (step.signum() <= 0) throw new InteropException(r.at(), what + ": step must be positive");
            if (high.compareTo(low) < 0) throw new InteropException(r.at(), what + ": high is below low");
            BigDecimal count = high.subtract(low).divideToIntegralValue(step);
            if (count.compareTo(BigDecimal.valueOf(999_999)) > 0) {
                throw new InteropException(r.at(), what + " has more than 1,000,000 values; Entente's grid allows at most that");
            }
            writtenHigh.putIfAbsent(name, high);
            return new AdditiveIssue.Numeric(name, low, low.add(count.multiply(step)), step, count.intValueExact(), set.at());
        }
        throw new InteropException(set.at(), what + ": expected {\"values\": [...]} (discrete) or "
                + "{\"range\": {\"low\": .., \"high\": .., \"step\": ..}} (numbers)");
    }

    private AdditiveProfile profile(Path file, List<AdditiveIssue> issues) {
        Obj top = object(JsonTree.read(file), "the profile");
        String type = onlyKey(top, "the profile");
        if (!type.equals("LinearAdditiveUtilitySpace")) {
            throw new InteropException(top.keys().get(type), "profile type \"" + type + "\" is not supported; "
                    + "expected LinearAdditiveUtilitySpace (Entente's utilities are linear additive)");
        }
        Obj space = object(top.get(type), type);
        allowOnly(space, type, SPACE_KEYS);
        if (space.get("domain") != null) sameDomain(object(space.get("domain"), "the profile's domain"), issues);
        Obj weightsObj = object(required(space, "issueWeights", type), "issueWeights");
        Obj utilsObj = object(required(space, "issueUtilities", type), "issueUtilities");
        Map<String, Double> weights = weights(weightsObj, issues);
        Map<String, IssueUtilities> utilities = new LinkedHashMap<>();
        Map<String, Obj> numberUtils = new LinkedHashMap<>();
        for (AdditiveIssue issue : issues) {
            Value v = utilsObj.get(issue.name());
            if (v == null) throw new InteropException(utilsObj.at(), "no utilities for issue \"" + issue.name() + "\"");
            utilities.put(issue.name(), utilities(issue, object(v, "utilities of \"" + issue.name() + "\""), numberUtils));
        }
        for (var e : utilsObj.keys().entrySet()) {
            if (issues.stream().noneMatch(i -> i.name().equals(e.getKey()))) {
                throw new InteropException(e.getValue(), "utilities for \"" + e.getKey() + "\", which is not an issue of the domain");
            }
        }
        String name = space.get("name") == null ? Identifiers.stem(file) : text(space.get("name"), "the profile's name");
        double reservation = reservation(space, issues, weights, utilities, numberUtils);
        double discount = 1;
        if (space.get("discount_factor") != null) discount = unit(space.get("discount_factor"), "discount_factor");
        return new AdditiveProfile(name, weights, utilities, reservation, discount == 0 ? 1 : discount, top.at());
    }

    private void sameDomain(Obj embedded, List<AdditiveIssue> issues) {
        List<AdditiveIssue> own = issues(embedded);
        for (int i = 0; i < Math.max(own.size(), issues.size()); i++) {
            AdditiveIssue a = i < own.size() ? own.get(i) : null, b = i < issues.size() ? issues.get(i) : null;
            boolean same = a != null && b != null && a.name().equals(b.name()) && sameValues(a, b);
            if (!same) {
                throw new InteropException(a != null ? a.at() : embedded.at(), "the profile's domain differs from the domain file "
                        + "at issue " + (a != null ? "\"" + a.name() + "\"" : "\"" + b.name() + "\" (missing here)"));
            }
        }
    }

    private static boolean sameValues(AdditiveIssue a, AdditiveIssue b) {
        if (a instanceof AdditiveIssue.Discrete da && b instanceof AdditiveIssue.Discrete db) {
            return new HashSet<>(da.values()).equals(new HashSet<>(db.values()));
        }
        if (a instanceof AdditiveIssue.Numeric na && b instanceof AdditiveIssue.Numeric nb) {
            return na.min().compareTo(nb.min()) == 0 && na.max().compareTo(nb.max()) == 0 && na.step().compareTo(nb.step()) == 0;
        }
        return false;
    }

    private static Map<String, Double> weights(Obj w, List<AdditiveIssue> issues) {
        Map<String, Double> out = new LinkedHashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (AdditiveIssue issue : issues) {
            Value v = w.get(issue.name());
            if (v == null) throw new InteropException(w.at(), "no weight for issue \"" + issue.name() + "\"");
            double x = unit(v, "the weight of \"" + issue.name() + "\"");
            sum = sum.add(number(v, "weight"));
            out.put(issue.name(), x);
        }
        for (var e : w.keys().entrySet()) {
            if (!out.containsKey(e.getKey())) {
                throw new InteropException(e.getValue(), "weight for \"" + e.getKey() + "\", which is not an issue of the domain");
            }
        }
        if (sum.subtract(BigDecimal.ONE).abs().doubleValue() > WEIGHT_SUM_TOLERANCE) {
            throw new InteropException(w.at(), "the issue weights sum to " + sum.toPlainString()
                    + "; GeniusWeb requires them to sum to 1");
        }
        return out;
    }

    private IssueUtilities utilities(AdditiveIssue issue, Obj wrapper, Map<String, Obj> numberUtils) {
        String type = onlyKey(wrapper, "utilities of \"" + issue.name() + "\"");
        SourcePosition typeAt = wrapper.keys().get(type);
        Obj body = object(wrapper.get(type), type);
        boolean discrete = type.equals("discreteutils") || type.equals("DiscreteValueSetUtilities");
        boolean number = type.equals("numberutils") || type.equals("NumberValueSetUtilities");
        if (!discrete && !number) {
            throw new InteropException(typeAt, "unknown value-set utilities \"" + type + "\" for issue \"" + issue.name()
                    + "\"; expected discreteutils or numberutils");
        }
        if (discrete != issue instanceof AdditiveIssue.Discrete) {
            throw new InteropException(typeAt, type + " for issue \"" + issue.name() + "\", whose values are "
                    + (discrete ? "numbers" : "discrete"));
        }
        if (discrete) {
            allowOnly(body, type, List.of("valueUtilities"));
            Obj vu = object(required(body, "valueUtilities", type), "valueUtilities");
            Map<String, Double> table = new LinkedHashMap<>();
            for (String value : ((AdditiveIssue.Discrete) issue).values()) {
                Value u = vu.get(value);
                if (u == null) {
                    throw new InteropException(vu.at(), "value \"" + value + "\" of issue \"" + issue.name() + "\" has no utility");
                }
                table.put(value, unit(u, "the utility of \"" + value + "\""));
            }
            for (var e : vu.keys().entrySet()) {
                if (!table.containsKey(e.getKey())) {
                    throw new InteropException(e.getValue(), "utility for \"" + e.getKey() + "\", which is not a value of issue \""
                            + issue.name() + "\"");
                }
            }
            return new IssueUtilities.Table(table);
        }
        return linear((AdditiveIssue.Numeric) issue, body, type, numberUtils);
    }

    /** numberutils: linear from (lowValue, lowUtility) to (highValue, highUtility), which must be the range's ends. */
    private IssueUtilities linear(AdditiveIssue.Numeric issue, Obj body, String type, Map<String, Obj> numberUtils) {
        allowOnly(body, type, List.of("lowValue", "lowUtility", "highValue", "highUtility"));
        BigDecimal lowV = number(required(body, "lowValue", type), "lowValue");
        BigDecimal highV = number(required(body, "highValue", type), "highValue");
        double lowU = unit(required(body, "lowUtility", type), "lowUtility");
        double highU = unit(required(body, "highUtility", type), "highUtility");
        BigDecimal rangeHigh = writtenHigh.get(issue.name());
        if (lowV.compareTo(issue.min()) != 0 || highV.compareTo(rangeHigh) != 0) {
            throw new InteropException(body.at(), "the utilities of \"" + issue.name() + "\" run from " + lowV.toPlainString()
                    + " to " + highV.toPlainString() + " but the range is " + issue.min().toPlainString() + " to "
                    + rangeHigh.toPlainString() + "; GeniusWeb requires the same ends");
        }
        numberUtils.put(issue.name(), body);
        return new IssueUtilities.Linear(lowU, utilityAt(body, issue.max()));
    }

    /** The utility numberutils give a number x in its range: linear interpolation, as GeniusWeb computes it. */
    private static double utilityAt(Obj body, BigDecimal x) {
        BigDecimal lowV = number(body.get("lowValue"), "lowValue"), highV = number(body.get("highValue"), "highValue");
        BigDecimal lowU = number(body.get("lowUtility"), "lowUtility"), highU = number(body.get("highUtility"), "highUtility");
        if (highV.compareTo(lowV) == 0) return lowU.doubleValue();
        return lowU.add(highU.subtract(lowU).multiply(x.subtract(lowV)).divide(highV.subtract(lowV), MathContext.DECIMAL64))
                .doubleValue();
    }

    private static double reservation(Obj space, List<AdditiveIssue> issues, Map<String, Double> weights,
                                      Map<String, IssueUtilities> utilities, Map<String, Obj> numberUtils) {
        Value bid = space.get("reservationBid"), value = space.get("reserved_value");
        if (bid != null && value != null) {
            throw new InteropException(value.at(), "both reservationBid and reserved_value given; expected one");
        }
        double r = 0;
        SourcePosition at = space.at();
        if (value != null) {
            r = number(value, "reserved_value").doubleValue();
            at = value.at();
        } else if (bid != null && !(bid instanceof JsonTree.Null)) {
            Obj b = object(bid, "reservationBid");
            allowOnly(b, "reservationBid", List.of("issuevalues"));
            Obj iv = object(required(b, "issuevalues", "reservationBid"), "issuevalues");
            at = iv.at();
            r = bidUtility(iv, issues, weights, utilities, numberUtils);
        }
        if (r < 0 || r >= 1) {
            throw new InteropException(at, "the reservation value is " + r + "; Entente needs it in [0, 1) "
                    + "(a party that needs utility 1 accepts nothing but its ideal)");
        }
        return r;
    }

    /** GeniusWeb's utility of a (possibly partial) bid: issues it leaves out count 0. */
    private static double bidUtility(Obj iv, List<AdditiveIssue> issues, Map<String, Double> weights,
                                     Map<String, IssueUtilities> utilities, Map<String, Obj> numberUtils) {
        double u = 0;
        for (var e : iv.members().entrySet()) {
            AdditiveIssue issue = issues.stream().filter(i -> i.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new InteropException(iv.keys().get(e.getKey()), "reservationBid names \"" + e.getKey()
                            + "\", which is not an issue of the domain"));
            double w = weights.get(issue.name());
            if (issue instanceof AdditiveIssue.Discrete d) {
                String v = text(e.getValue(), "the reservation value of \"" + issue.name() + "\"");
                if (!d.values().contains(v)) {
                    throw new InteropException(e.getValue().at(), "\"" + v + "\" is not a value of issue \"" + issue.name() + "\"");
                }
                u += w * ((IssueUtilities.Table) utilities.get(issue.name())).utilities().get(v);
            } else {
                AdditiveIssue.Numeric n = (AdditiveIssue.Numeric) issue;
                BigDecimal x = number(e.getValue(), "the reservation value of \"" + issue.name() + "\"");
                BigDecimal steps = x.subtract(n.min()).divide(n.step(), MathContext.DECIMAL64);
                if (x.compareTo(n.min()) < 0 || x.compareTo(n.max()) > 0 || steps.stripTrailingZeros().scale() > 0) {
                    throw new InteropException(e.getValue().at(), x.toPlainString() + " is not a value of issue \"" + issue.name() + "\"");
                }
                u += w * utilityAt(numberUtils.get(issue.name()), x);
            }
        }
        return u;
    }
}
