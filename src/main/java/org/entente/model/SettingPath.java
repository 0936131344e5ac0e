package org.entente.model;

import org.entente.model.ParameterPaths.Resolved;

/** {@code experiment.<setting>} or {@code implementation.<param>}: a setting of the whole config. */
public record SettingPath(ConfigSetting setting) implements SweepPath {

    @Override
    public String text() {
        return setting.sweepPath();
    }

    @Override
    public Resolved resolve(Config config) {
        Object current = setting.get(config);
        if (!setting.names().isEmpty()) return Resolved.name(text(), (String) current, setting.names());
        return Resolved.number(text(), (Double) current, setting.fieldSpec().range());
    }

    @Override
    public Config apply(Config config, Object value) {
        return setting.with(config, value);
    }

    @Override
    public String label(PathNames names) {
        return setting.fieldSpec().sweepLabel();
    }
}
