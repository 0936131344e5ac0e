package org.entente.model;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Insertion-ordered immutable copies: map order is part of a config's meaning (CSV column order).
 * A copy of a copy is the copy itself, so a record copied with one component replaced (each run's
 * perturbed scenario) does not copy the maps it keeps.
 */
final class Collections2 {
    private Collections2() {
    }

    static <K, V> Map<K, V> orderedCopy(Map<K, V> m) {
        if (m == null) return Map.of();
        if (m instanceof Ordered<K, V>) return m;
        return owning(new LinkedHashMap<>(m));
    }

    /** {@code m} itself, made read-only as {@link #orderedCopy} would copy it: for a map just made that no one else holds. */
    static <K, V> Map<K, V> owning(LinkedHashMap<K, V> m) {
        return new Ordered<>(Collections.unmodifiableMap(m));
    }

    /**
     * An unmodifiable view of a map that nothing else holds, so it never changes. It overrides what
     * the view does faster than {@link AbstractMap}: lookups, and iteration without wrapping each entry.
     */
    private static final class Ordered<K, V> extends AbstractMap<K, V> {
        private final Map<K, V> view;

        Ordered(Map<K, V> view) {
            this.view = view;
        }

        @Override
        public V get(Object key) {
            return view.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return view.containsKey(key);
        }

        @Override
        public V getOrDefault(Object key, V defaultValue) {
            return view.getOrDefault(key, defaultValue);
        }

        @Override
        public Set<K> keySet() {
            return view.keySet();
        }

        @Override
        public Collection<V> values() {
            return view.values();
        }

        @Override
        public Set<Entry<K, V>> entrySet() {
            return view.entrySet();
        }

        @Override
        public void forEach(BiConsumer<? super K, ? super V> action) {
            view.forEach(action);
        }
    }
}
