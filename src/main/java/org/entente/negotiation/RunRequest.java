package org.entente.negotiation;

import java.util.Map;

/**
 * One run to negotiate: its ids, its seed (derived from master seed and run id), the design
 * point's parameter assignments (sweep path -> value) and whether to keep the trace.
 */
public record RunRequest(long runId, int point, int replicate, long seed, Map<String, Object> assignments,
                         boolean trace) {
}
