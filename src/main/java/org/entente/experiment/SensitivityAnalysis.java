package org.entente.experiment;

import org.entente.analysis.Bootstrap;
import org.entente.analysis.ElementaryEffects;
import org.entente.analysis.MorrisIndex;
import org.entente.analysis.SobolIndex;
import org.entente.analysis.SobolIndices;
import org.entente.model.Design;
import org.entente.model.Seeds;

import java.util.List;
import java.util.Optional;

/**
 * The sensitivity analysis of a {@code saltelli} or {@code morris} design: from one output's value at
 * each design point to each parameter's indices. Bootstrap draws come from the stream
 * {@code sensitivity:<output>} of the master seed's run −1, so the indices depend on the design
 * points' values and the master seed alone (any threads, shards, resumption or merge).
 */
public record SensitivityAnalysis(Design design, List<DesignPoint> points, int levels, long masterSeed) {
    public SensitivityAnalysis {
        if (!design.isSensitivity()) throw new IllegalArgumentException(design.id() + " is not a sensitivity design");
        points = List.copyOf(points);
    }

    /** The analysis of a plan's design, when it is a sensitivity design. */
    public static Optional<SensitivityAnalysis> of(RunPlan plan) {
        var sweep = plan.config().experiment().sweep();
        if (sweep == null || !sweep.design().isSensitivity() || sweep.parameters().isEmpty()) return Optional.empty();
        return Optional.of(new SensitivityAnalysis(sweep.design(), plan.points(), sweep.levels(), plan.masterSeed()));
    }

    /** The swept paths, in sweep order. */
    public List<String> parameters() {
        return points.isEmpty() ? List.of() : List.copyOf(points.get(0).assignments().keySet());
    }

    /** First-order and total Sobol indices of each parameter ({@code y[point]}, NaN where missing). */
    public List<SobolIndex> sobol(String output, double[] y) {
        return SobolIndices.estimate(SaltelliDesign.sample(y, parameters().size()), bootstrap(output));
    }

    /** μ*, σ and μ of each parameter's elementary effects ({@code y[point]}, NaN where missing). */
    public List<MorrisIndex> morris(String output, double[] y) {
        return ElementaryEffects.estimate(MorrisDesign.effects(points, y, levels), bootstrap(output));
    }

    private Bootstrap bootstrap(String output) {
        return new Bootstrap(Bootstrap.RESAMPLES, Seeds.stream(Seeds.run(masterSeed, -1), "sensitivity:" + output));
    }
}
