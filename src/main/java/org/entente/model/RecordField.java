package org.entente.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A catalogued key stored in the record component of the same name (the key in camelCase): the
 * catalogue reads and sets it, for sweeps and noise alike.
 */
public interface RecordField<R> extends ConfigField {

    /** A new record of {@code type} from a value for each of its fields. */
    static <R, F extends RecordField<R>> R create(Class<R> type, Map<F, Object> values) {
        Map<String, Object> byComponent = new LinkedHashMap<>();
        values.forEach((f, v) -> byComponent.put(f.component(), v));
        return RecordCopy.create(type, byComponent);
    }

    /** The record component that holds this key. */
    default String component() {
        String key = key();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '_' && i + 1 < key.length()) b.append(Character.toUpperCase(key.charAt(++i)));
            else b.append(c);
        }
        return b.toString();
    }

    default Object get(R record) {
        return RecordCopy.get(record, component());
    }

    /** A copy of {@code record} with this field set to {@code value}. */
    default R with(R record, Object value) {
        return RecordCopy.with(record, component(), value);
    }

    default double number(R record) {
        return ((Number) get(record)).doubleValue();
    }

    /** A per-id field's value for {@code id} (the catalogue's value for an omitted id). */
    @SuppressWarnings("unchecked")
    default double number(R record, String id) {
        Double v = ((Map<String, Double>) get(record)).get(id);
        return v != null ? v : fieldSpec().defaultValue();
    }

    /** A copy of {@code record} with this per-id field's entry for {@code id} set to {@code value}. */
    @SuppressWarnings("unchecked")
    default R with(R record, String id, double value) {
        Map<String, Double> m = new LinkedHashMap<>((Map<String, Double>) get(record));
        m.put(id, value);
        return with(record, m);
    }
}
