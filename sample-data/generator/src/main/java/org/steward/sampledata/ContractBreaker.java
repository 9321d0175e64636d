package org.steward.sampledata;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one contract file and breaks a fixed number of its rows on purpose, spread over the file.
 *
 * <p>Rows pass through a short ring before reaching the file, so the decision for a row is taken
 * only once later rows exist: spreading uses an estimate of the row count, and whatever the
 * estimate missed is placed in the ring at the end. That keeps the count exact without holding
 * the file in memory. A row's {@code kept} action runs only when it is written intact, so truth
 * tallies never count a broken row.
 */
final class ContractBreaker implements Closeable {

    private final FileContract contract;
    private final CsvOut out;
    private final ViolationLog log;
    private final List<ViolationKind> kinds;
    private final int wanted;
    private final SplittableRandom random;
    private final long stride;

    private final CsvRow[] ring;
    private final boolean[] eligible;
    private final Runnable[] onKept;
    private int head;
    private int size;

    private long rowIndex;
    private int placed;
    private long nextTarget;

    ContractBreaker(FileContract contract, CsvOut out, ViolationLog log, int wanted, long expectedRows,
                    SplittableRandom random) {
        this.contract = contract;
        this.out = out;
        this.log = log;
        this.kinds = contract.applicableKinds();
        this.wanted = wanted;
        this.random = random;
        long spread = Math.max(1, (long) (expectedRows * 0.85));
        this.stride = Math.max(1, spread / Math.max(1, wanted));
        this.nextTarget = random.nextLong(stride);
        int capacity = wanted + 64;
        this.ring = new CsvRow[capacity];
        for (int i = 0; i < capacity; i++) {
            ring[i] = new CsvRow();
        }
        this.eligible = new boolean[capacity];
        this.onKept = new Runnable[capacity];
    }

    /**
     * @param canBreak false for rows that carry a planted data-quality defect or feed an exact truth
     *                 count that a broken row would falsify
     * @param kept     runs once the row is written unbroken; may be null
     */
    void write(CsvRow row, boolean canBreak, Runnable kept) throws IOException {
        if (size == ring.length) {
            emitOldest(false);
        }
        int slot = (head + size) % ring.length;
        ring[slot].copyFrom(row);
        eligible[slot] = canBreak;
        onKept[slot] = kept;
        size++;
    }

    long rows() {
        return out.rows();
    }

    private void emitOldest(boolean force) throws IOException {
        CsvRow row = ring[head];
        boolean breakIt = placed < wanted && eligible[head] && (force || rowIndex >= nextTarget);
        if (breakIt) {
            ViolationKind kind = kinds.get(placed % kinds.size());
            String field = ViolationShapes.apply(kind, row, contract, random, placed / kinds.size());
            log.record(contract.fileName(), rowIndex + 2, field, kind);
            placed++;
            nextTarget = (long) placed * stride + random.nextLong(stride);
        }
        out.write(row);
        if (!breakIt && onKept[head] != null) {
            onKept[head].run();
        }
        onKept[head] = null;
        head = (head + 1) % ring.length;
        size--;
        rowIndex++;
    }

    @Override
    public void close() throws IOException {
        int eligibleLeft = 0;
        for (int i = 0; i < size; i++) {
            if (eligible[(head + i) % ring.length]) {
                eligibleLeft++;
            }
        }
        while (size > 0) {
            boolean isEligible = eligible[head];
            emitOldest(eligibleLeft <= wanted - placed);
            if (isEligible) {
                eligibleLeft--;
            }
        }
        out.close();
    }
}
