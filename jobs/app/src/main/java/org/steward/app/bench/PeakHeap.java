package org.steward.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The heap's high-water mark over a stretch of work, sampled every 50 ms by a daemon thread (the sum of
 * each pool's own peak would add peaks reached at different moments).
 */
public final class PeakHeap implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile long peak;
    private volatile boolean running = true;

    private PeakHeap() {
        sampler = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "peak-heap");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts sampling after a collection, so earlier garbage does not count. */
    public static PeakHeap start() {
        System.gc();
        return new PeakHeap();
    }

    /** The peak so far; sampling stops at {@link #close()}. */
    public long peakBytes() {
        return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
