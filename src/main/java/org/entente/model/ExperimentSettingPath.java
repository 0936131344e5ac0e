package org.entente.model;

import org.entente.model.ParameterPaths.Resolved;

/** {@code experiment.<setting>}: the protocol, the deadline, the noise. */
public record ExperimentSettingPath(ExperimentSetting setting) implements SweepPath {

    @Override
    public String text() {
        return "experiment." + setting.path();
    }

    @Override
    public Resolved resolve(Config config) {
        Object current = setting.get(config.experiment());
        if (!setting.names().isEmpty()) return Resolved.name(text(), (String) current, setting.names());
        return Resolved.number(text(), (Double) current, setting.fieldSpec().range());
    }

    @Override
    public Config apply(Config config, Object value) {
        return config.withExperiment(setting.with(config.experiment(), value));
    }

    @Override
    public String label(PathNames names) {
        return setting.fieldSpec().sweepLabel();
    }
}
