package org.techvoice.draft.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Keeps at most {@code size} of a stream of items, each with the same chance of being kept (reservoir
 * sampling), so quotes represent the whole period rather than its first or last weeks. Seeded, so the same
 * evidence always gives the same draft.
 */
final class Sample<T> {

    private final int size;
    private final List<T> kept;
    private final SplittableRandom random;
    private long seen;

    Sample(int size, long seed) {
        this.size = size;
        this.kept = new ArrayList<>(size);
        this.random = new SplittableRandom(seed);
    }

    void offer(T item) {
        seen++;
        if (kept.size() < size) {
            kept.add(item);
        } else {
            long slot = random.nextLong(seen);
            if (slot < size) {
                kept.set((int) slot, item);
            }
        }
    }

    long seen() {
        return seen;
    }

    /** The most it keeps. */
    int size() {
        return size;
    }

    <K extends Comparable<K>> List<T> sortedBy(Function<T, K> key) {
        return kept.stream().sorted(Comparator.comparing(key)).toList();
    }
}
