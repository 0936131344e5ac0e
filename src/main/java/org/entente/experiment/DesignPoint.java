package org.entente.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One point of a sweep design: its index (from 0) and the value of each swept path, in the order
 * the sweep lists them (Double for numeric paths, String for name-valued ones).
 */
public record DesignPoint(int index, Map<String, Object> assignments) {
    public DesignPoint {
        assignments = Collections.unmodifiableMap(new LinkedHashMap<>(assignments));
    }
}
