package org.entente.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A catalogued config key (party, official and issue fields, implementation parameters, experiment
 * settings): the loader reads and checks it, sweep paths, labels, {@code describe} and
 * docs/config.md take it from its {@link FieldSpec}, so a new key is one catalogue entry.
 */
public interface ConfigField {
    FieldSpec fieldSpec();

    default String key() {
        return fieldSpec().key();
    }

    /** The entry of {@code catalogue} with this key. */
    static <F extends ConfigField> Optional<F> find(F[] catalogue, String key) {
        return Arrays.stream(catalogue).filter(f -> f.key().equals(key)).findFirst();
    }

    /** The keys of a catalogue, in its order. */
    static List<String> keys(ConfigField[] catalogue) {
        return Arrays.stream(catalogue).map(ConfigField::key).toList();
    }
}
