package org.entente.interop;

import org.entente.interop.XmlTree.Element;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads GENIUS utility-space XML profiles (ANAC 2010–2019) and optionally their domain file:
 * one flat objective of issues with weights, {@code reservation} and {@code discount_factor}.
 * Without a domain file the first profile's issues are the domain. Non-linear spaces,
 * constraints, nested objectives and unknown evaluators are errors at their place.
 */
public final class GeniusImport {
    private static final List<String> NON_LINEAR = List.of("utility_function", "utility", "ufun", "constraint", "rectangle");
    private final GeniusIssueReader issueReader;
    private final List<String> notes = new ArrayList<>();

    private GeniusImport(int realSteps) {
        this.issueReader = new GeniusIssueReader(realSteps);
    }

    /**
     * @param realSteps the number of grid steps for real issues (GENIUS gives them no grid)
     */
    public static AdditiveScenario read(List<Path> profileFiles, Path domainFile, String name, int realSteps) {
        GeniusImport in = new GeniusImport(realSteps);
        List<GeniusIssueReader.Read> domain = null;
        if (domainFile != null) domain = in.issues(objective(XmlTree.read(domainFile)), false);
        List<AdditiveProfile> profiles = new ArrayList<>();
        for (Path f : profileFiles) {
            Element root = XmlTree.read(f);
            Element objective = objective(root);
            List<GeniusIssueReader.Read> own = in.issues(objective, true);
            if (domain == null) domain = own;
            else sameIssues(domain, own, domainFile != null ? domainFile : profileFiles.get(0));
            profiles.add(in.profile(root, objective, own, f));
        }
        List<AdditiveIssue> issues = domain.stream().map(GeniusIssueReader.Read::issue).toList();
        return new AdditiveScenario(name, "GENIUS", issues, profiles, in.notes);
    }

    /** The root objective of a profile ({@code <utility_space>}) or a domain ({@code <negotiation_template>}). */
    private static Element objective(Element root) {
        Element space = root;
        if (root.name().equals("negotiation_template") && !root.children("utility_space").isEmpty()) {
            space = root.children("utility_space").get(0);
        }
        if (!space.name().equals("utility_space")) {
            throw new InteropException(root.at(), "root element <" + root.name() + ">; expected <utility_space> "
                    + "(a GENIUS profile) or <negotiation_template> (a GENIUS domain)");
        }
        String type = space.attribute("type");
        if (type != null && !type.equalsIgnoreCase("linear")) {
            throw new InteropException(space.at(), "utility space of type \"" + type + "\" is not supported; "
                    + "expected a linear additive space");
        }
        refuseNonLinear(space);
        List<Element> objectives = space.children("objective");
        if (objectives.size() != 1) {
            throw new InteropException(space.at(), "expected exactly one <objective> holding the issues, found " + objectives.size());
        }
        return objectives.get(0);
    }

    private static void refuseNonLinear(Element e) {
        for (Element c : e.children()) {
            if (NON_LINEAR.contains(c.name())) {
                throw new InteropException(c.at(), "<" + c.name() + "> makes the utility non-linear (constraints or "
                        + "hyper-rectangles); only linear additive utility spaces are supported");
            }
            refuseNonLinear(c);
        }
    }

    private List<GeniusIssueReader.Read> issues(Element objective, boolean profile) {
        for (Element c : objective.children("objective")) {
            throw new InteropException(c.at(), "nested <objective>; only one flat objective of issues is supported");
        }
        Map<Integer, GeniusIssueReader.Read> byIndex = new TreeMap<>();
        for (Element e : objective.children("issue")) {
            GeniusIssueReader.Read r = issueReader.read(e, profile);
            if (byIndex.put(r.index(), r) != null) throw new InteropException(e.at(), "two issues have index " + r.index());
            for (GeniusIssueReader.Read o : byIndex.values()) {
                if (o != r && o.issue().name().equals(r.issue().name())) {
                    throw new InteropException(e.at(), "two issues are named \"" + r.issue().name() + "\"");
                }
            }
        }
        if (byIndex.isEmpty()) throw new InteropException(objective.at(), "the objective has no issues");
        return new ArrayList<>(byIndex.values());
    }

    private static void sameIssues(List<GeniusIssueReader.Read> domain, List<GeniusIssueReader.Read> own, Path domainFile) {
        for (GeniusIssueReader.Read r : own) {
            GeniusIssueReader.Read d = domain.stream().filter(x -> x.index() == r.index()).findFirst().orElse(null);
            if (d == null || !d.issue().name().equals(r.issue().name()) || !sameValues(d.issue(), r.issue())) {
                throw new InteropException(r.issue().at(), "issue " + r.index() + " \"" + r.issue().name()
                        + "\" differs from the domain's (" + domainFile.getFileName() + ")");
            }
        }
        if (own.size() != domain.size()) {
            throw new InteropException(own.get(0).issue().at(), "the profile has " + own.size() + " issues, the domain ("
                    + domainFile.getFileName() + ") " + domain.size());
        }
    }

    private static boolean sameValues(AdditiveIssue a, AdditiveIssue b) {
        if (a instanceof AdditiveIssue.Discrete da && b instanceof AdditiveIssue.Discrete db) {
            return new HashSet<>(da.values()).equals(new HashSet<>(db.values()));
        }
        if (a instanceof AdditiveIssue.Numeric na && b instanceof AdditiveIssue.Numeric nb) {
            return na.min().compareTo(nb.min()) == 0 && na.max().compareTo(nb.max()) == 0 && na.intervals() == nb.intervals();
        }
        return false;
    }

    private AdditiveProfile profile(Element root, Element objective, List<GeniusIssueReader.Read> issues, Path file) {
        Map<Integer, Element> weightAt = new LinkedHashMap<>();
        for (Element w : objective.children("weight")) {
            int index = GeniusIssueReader.integer(w, w.attribute("index"), "index");
            if (weightAt.put(index, w) != null) throw new InteropException(w.at(), "two weights for index " + index);
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, IssueUtilities> utilities = new LinkedHashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (GeniusIssueReader.Read r : issues) {
            Element w = weightAt.remove(r.index());
            if (w == null) throw new InteropException(r.issue().at(), "issue \"" + r.issue().name() + "\" has no <weight>");
            BigDecimal x = GeniusIssueReader.decimal(w, w.attribute("value"), "value");
            if (x.signum() < 0) throw new InteropException(w.at(), "negative weight for issue \"" + r.issue().name() + "\"");
            sum = sum.add(x);
            weights.put(r.issue().name(), x.doubleValue());
            utilities.put(r.issue().name(), r.evaluation());
        }
        if (!weightAt.isEmpty()) {
            Element w = weightAt.values().iterator().next();
            throw new InteropException(w.at(), "weight for index " + w.attribute("index") + ", which is no issue");
        }
        if (sum.subtract(BigDecimal.ONE).abs().doubleValue() > GeniusWebImport.WEIGHT_SUM_TOLERANCE) {
            throw new InteropException(objective.at(), "the issue weights sum to " + sum.toPlainString() + "; GENIUS adds "
                    + "the weighted evaluations as they are, Entente's weights are shares of 1: make them sum to 1");
        }
        double reservation = single(root, objective, "reservation", 0);
        if (reservation < 0 || reservation >= 1) {
            throw new InteropException(SourcePosition.of(file), "reservation " + reservation + " is outside [0, 1)");
        }
        double discount = single(root, objective, "discount_factor", 1);
        if (discount < 0 || discount > 1) {
            // GENIUS discards such a factor with a warning and does not discount (AbstractUtilitySpace.validateDiscount)
            notes.add(file.getFileName() + ": discount_factor " + YamlText.number(discount) + " is outside [0, 1]; "
                    + "GENIUS ignores it and does not discount, and so does this import");
        }
        String name = Identifiers.stem(file);
        return new AdditiveProfile(name, weights, utilities, reservation, discount <= 0 || discount > 1 ? 1 : discount,
                root.at());
    }

    /** The value of a {@code <tag value=".."/>} under the root or the objective; {@code absent} when missing. */
    private static double single(Element root, Element objective, String tag, double absent) {
        List<Element> found = new ArrayList<>(root.children(tag));
        found.addAll(objective.children(tag));
        if (found.isEmpty()) return absent;
        if (found.size() > 1) throw new InteropException(found.get(1).at(), "<" + tag + "> given twice");
        return GeniusIssueReader.decimal(found.get(0), found.get(0).attribute("value"), "value").doubleValue();
    }
}
