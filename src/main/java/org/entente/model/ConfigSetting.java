package org.entente.model;

import java.util.List;

/**
 * A sweepable setting with one value in the whole config, at a fixed path: an experiment setting
 * ({@code experiment.deadline}) or an implementation parameter ({@code implementation.years}). It
 * reads itself from a config and sets itself on a copy, so one kind of sweep path serves both.
 */
public sealed interface ConfigSetting extends ConfigField permits ExperimentSetting, ImplementationParameter {

    /** The sweep path that addresses it: "experiment.noise.interests", "implementation.years". */
    String sweepPath();

    /** Its value in {@code config}: a number as Double, a name as String. */
    Object get(Config config);

    /** A copy of {@code config} with it set to {@code value} (Double or String, as {@link #get} gives). */
    Config with(Config config, Object value);

    /** The names it takes; empty when it takes numbers. */
    default List<String> names() {
        return List.of();
    }
}
