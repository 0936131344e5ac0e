package org.entente.results;

import org.entente.analysis.ReferencePoint;
import org.entente.analysis.ReferencePoints;
import org.entente.negotiation.PartyModel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * frontier.csv: the base scenario's Pareto frontier and reference points, for the outcome-space
 * chart. Rows: every frontier point ({@code pareto}, in the analysis' order), then {@code nash},
 * {@code kalai_smorodinsky}, {@code kalai_smorodinsky_nearest}, {@code max_welfare} (each when defined)
 * and {@code reservation}.
 */
public final class FrontierTable {
    private FrontierTable() {
    }

    public static String format(ResultColumns cols, ReferencePoints ref, List<PartyModel> parties) {
        StringBuilder b = new StringBuilder();
        Csv.appendRow(b, cols.frontier());
        for (double[] u : ref.frontier()) row(b, "pareto", u);
        point(b, "nash", ref.nash());
        point(b, "kalai_smorodinsky", ref.kalaiSmorodinsky());
        point(b, "kalai_smorodinsky_nearest", ref.kalaiSmorodinskyNearest());
        point(b, "max_welfare", ref.maxWelfare());
        double[] r = new double[parties.size()];
        for (int i = 0; i < r.length; i++) r[i] = parties.get(i).reservation();
        row(b, "reservation", r);
        return b.toString();
    }

    public static void write(Path dir, String content) throws IOException {
        Files.writeString(dir.resolve(ResultsDirectory.FRONTIER), content, StandardCharsets.UTF_8);
    }

    private static void point(StringBuilder b, String kind, ReferencePoint p) {
        if (p != null) row(b, kind, p.utilities());
    }

    private static void row(StringBuilder b, String kind, double[] u) {
        List<String> c = new ArrayList<>(u.length + 1);
        c.add(kind);
        for (double x : u) c.add(Csv.number(x));
        Csv.appendRow(b, c);
    }
}
