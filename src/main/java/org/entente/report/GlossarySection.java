package org.entente.report;

import java.util.LinkedHashMap;
import java.util.Map;

/** The few terms a reader of the page needs, in plain words. */
final class GlossarySection implements ReportSection {
    private static final Map<String, String> TERMS = new LinkedHashMap<>();

    static {
        TERMS.put("Utility", "How good an outcome is for a party, from 0 (its worst package) to 1 (its best), "
                + "the weighted mean of its officials' satisfaction with each issue.");
        TERMS.put("Reservation", "What no deal is worth to a party (or an official), on the same 0–1 scale. A party "
                + "accepts no package worth less; without agreement each party gets its reservation.");
        TERMS.put("Discount", "Impatience. A party's discount factor d multiplies a deal's worth for each round of "
                + "delay: agreed in round t, a package worth U is worth U·d^t. Figures marked discounted include this "
                + "loss; undiscounted ones are what the package is worth agreed at once.");
        TERMS.put("Ratification", "A package agreed at the table binds only when each party's officials approve it "
                + "at home: those approving must hold the party's required share of power, and every official with a "
                + "veto must approve. An official approves a package worth at least its own reservation to it.");
        TERMS.put("Pareto frontier", "The packages no other package improves for one party without hurting another. "
                + "An agreement below it leaves value on the table.");
        TERMS.put("Nash bargaining solution", "The package that maximises the product of the parties' gains over "
                + "their reservations (Nash 1950): a balance of gains that does not depend on the scale of utilities.");
        TERMS.put("Kalai–Smorodinsky solution", "The package that gives every party the same share of the most it "
                + "could gain over its reservation (Kalai and Smorodinsky 1975). Entente takes the package with the "
                + "largest smallest share; GENIUS takes the Pareto package nearest the line of equal shares. Both are "
                + "shown where they differ.");
        TERMS.put("Maximum welfare", "The package with the largest sum of the parties' utilities, whoever gains.");
        TERMS.put("Design point", "One combination of the swept parameters' values; each is run many times "
                + "(replications) with different random draws.");
        TERMS.put("95% confidence interval", "The range that, over many repetitions of the experiment, would "
                + "contain the true value 95 times in 100; narrow it with more runs.");
    }

    @Override
    public String body(ReportContent content) {
        StringBuilder h = new StringBuilder("<dl class=\"glossary\">\n");
        TERMS.forEach((t, d) -> h.append("<dt>").append(Html.escape(t)).append("</dt><dd>").append(Html.escape(d))
                .append("</dd>\n"));
        return h.append("</dl>\n").toString();
    }
}
