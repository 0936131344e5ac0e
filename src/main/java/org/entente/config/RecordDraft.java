package org.entente.config;

import org.entente.model.ConfigField;
import org.entente.model.RecordField;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A party or an official being read: its item of the list, its keys checked against its catalogue,
 * and a value for each catalogue entry as the reader finds it (the id first); then the record, built
 * through its canonical constructor, unless the item had errors.
 */
final class RecordDraft<R, F extends RecordField<R>> {
    private final Problems problems;
    private final Fields.Item item;
    private final Class<R> type;
    private final F[] catalogue;
    private final Map<F, Object> values = new LinkedHashMap<>();

    private RecordDraft(Problems problems, Fields.Item item, Class<R> type, F[] catalogue) {
        this.problems = problems;
        this.item = item;
        this.type = type;
        this.catalogue = catalogue;
    }

    /**
     * The draft of the {@code noun} at {@code index} of the list at {@code listPath}, or null (with an
     * error) when it is not a mapping; its unknown keys and a duplicate id are reported.
     */
    static <R, F extends RecordField<R>> RecordDraft<R, F> start(Problems problems, YamlNode node, String listPath,
                                                                 int index, Set<String> seen, String noun,
                                                                 Class<R> type, F[] catalogue) {
        Fields.Item item = Fields.item(problems, node, listPath, index, seen, noun);
        if (item == null) return null;
        item.fields().allow(catalogue);
        RecordDraft<R, F> d = new RecordDraft<>(problems, item, type, catalogue);
        d.put(ConfigField.find(catalogue, "id").orElseThrow(), item.id());
        return d;
    }

    Fields fields() {
        return item.fields();
    }

    /** The id, or null when it is missing or invalid. */
    String id() {
        return item.id();
    }

    /** The number of errors before this item's own checks. */
    int errorsBefore() {
        return item.errorsBefore();
    }

    void put(F field, Object value) {
        values.put(field, value);
    }

    Object get(F field) {
        return values.get(field);
    }

    /** Reads every plain key (a number or true/false) with its catalogue default. */
    void putPlain() {
        for (F f : catalogue) if (Fields.plain(f)) put(f, fields().value(f));
    }

    /** The record, or null when the item has errors or no valid id (all reported). */
    R record() {
        if (problems.size() > item.errorsBefore() || item.id() == null) return null;
        return RecordField.create(type, values);
    }
}
