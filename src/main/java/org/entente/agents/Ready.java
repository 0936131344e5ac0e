package org.entente.agents;

import java.util.concurrent.CountDownLatch;

/** The start-up handshake: an agent counts down the latch it was created with once it is set up. */
final class Ready {
    private Ready() {
    }

    static void signal(Object[] args, int index) {
        if (args != null && args.length > index && args[index] instanceof CountDownLatch latch) latch.countDown();
    }
}
