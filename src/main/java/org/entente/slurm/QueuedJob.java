package org.entente.slurm;

import java.util.Set;

/** A job (or array task) as squeue lists it: id such as 7, 7_2 or 7_[3-4], state, and reason. */
public record QueuedJob(String id, String state, String reason) {
    private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "CANCELLED", "TIMEOUT", "NODE_FAIL",
            "OUT_OF_MEMORY", "PREEMPTED", "BOOT_FAIL", "DEADLINE", "SPECIAL_EXIT", "REVOKED");

    /** Still queued or running (it may yet write into the experiment's directories). */
    public boolean active() {
        return !ENDED.contains(state.replaceAll("[^A-Z_].*$", ""));
    }

    @Override
    public String toString() {
        return id + " " + state + (reason == null || reason.isBlank() || reason.equals("None") ? "" : " (" + reason + ")");
    }
}
