package org.techvoice.draft.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;

/**
 * Keeps at most {@code size} of a stream of items, each with the same chance of being kept, so quotes represent
 * the whole period rather than its first or last weeks. Each item gets a pseudo-random rank from the seed and its
 * key and the lowest ranks are kept (bottom-k sampling): unlike a reservoir, the same items give the same sample
 * whatever order they arrive in, so the same evidence always gives the same draft. Public so that the findings
 * feature chooses its quotes the same way.
 */
public final class Sample<T> {

    private record Ranked<T>(long rank, String key, T item) {
    }

    /** Highest rank first, so the head is the one to drop when a lower rank arrives. */
    private static final Comparator<Ranked<?>> HIGHEST_FIRST = Comparator.<Ranked<?>>comparingLong(Ranked::rank)
            .thenComparing(Ranked::key).reversed();

    private final int size;
    private final long seed;
    private final Function<T, String> key;
    private final PriorityQueue<Ranked<T>> kept;
    private long seen;

    /** @param key what identifies an item (distinct items, distinct keys) */
    public Sample(int size, long seed, Function<T, String> key) {
        this.size = size;
        this.seed = seed;
        this.key = key;
        this.kept = new PriorityQueue<>(Math.max(1, size), HIGHEST_FIRST);
    }

    public void offer(T item) {
        seen++;
        if (size == 0) {
            return;
        }
        String itemKey = key.apply(item);
        Ranked<T> ranked = new Ranked<>(rank(itemKey), itemKey, item);
        if (kept.size() < size) {
            kept.add(ranked);
        } else if (HIGHEST_FIRST.compare(ranked, kept.peek()) > 0) {
            kept.poll();
            kept.add(ranked);
        }
    }

    public long seen() {
        return seen;
    }

    /** The most it keeps. */
    int size() {
        return size;
    }

    public List<T> sorted(Comparator<? super T> order) {
        List<T> items = new ArrayList<>(kept.size());
        kept.forEach(ranked -> items.add(ranked.item()));
        items.sort(order);
        return items;
    }

    /** A well-mixed 64-bit value of the seed and the key (MurmurHash3's finaliser). */
    private long rank(String itemKey) {
        long z = seed * 0x9E3779B97F4A7C15L + itemKey.hashCode();
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
