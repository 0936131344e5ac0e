package org.entente.bench;

import java.lang.management.ManagementFactory;

/** The machine's load average over the last minute, recorded with every measurement (NaN where the OS does not say). */
final class Load {
    private Load() {
    }

    static double now() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? Double.NaN : l;
    }
}
