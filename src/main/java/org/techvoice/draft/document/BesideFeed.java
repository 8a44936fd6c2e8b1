package org.techvoice.draft.document;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A consumer fed on a thread of its own: the items given here reach it there, in batches and in the order given, and
 * once {@link #end} is called its thread goes on to make what is made of them. Memory stays bounded: the giver waits
 * when a few batches are queued. A failure of the consumer is kept until the end (the giver is never left waiting on a
 * thread that stopped) and thrown by {@link #result}.
 *
 * @param <T> the items
 * @param <R> what is made of them
 */
final class BesideFeed<T, R> implements Consumer<T> {

    static final int BATCH = 500;
    private static final int BATCHES_QUEUED = 8;

    private final BlockingQueue<List<T>> batches = new ArrayBlockingQueue<>(BATCHES_QUEUED);
    /** told apart from every batch by identity */
    private final List<T> endOfFeed = new ArrayList<>(0);
    private final Beside<R> made;
    private List<T> batch = new ArrayList<>(BATCH);
    private volatile boolean abandoned;

    /** @param then what is made once every item has reached {@code consumer}, on the same thread */
    BesideFeed(String name, Consumer<? super T> consumer, Callable<R> then) {
        this.made = Beside.start(name, () -> {
            Throwable failed = null;
            for (List<T> next = batches.take(); next != endOfFeed; next = batches.take()) {
                if (failed == null) {
                    try {
                        next.forEach(consumer);
                    } catch (RuntimeException | Error e) {
                        failed = e;
                    }
                }
            }
            if (failed instanceof RuntimeException failure) {
                throw failure;
            }
            if (failed instanceof Error error) {
                throw error;
            }
            return abandoned ? null : then.call();
        });
    }

    @Override
    public void accept(T item) {
        batch.add(item);
        if (batch.size() == BATCH) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Every item has been given. */
    void end() {
        if (!batch.isEmpty()) {
            hand(batch);
        }
        hand(endOfFeed);
    }

    /**
     * The giver failed: the thread stops without making anything. Never waits and never throws, so the giver's own failure
     * is the one reported, even when that failure was an interrupt: the batches still queued are dropped, which leaves room
     * for the end (only the giver puts).
     */
    void abandon() {
        abandoned = true;
        batches.clear();
        batches.offer(endOfFeed);
    }

    /** What was made, after {@link #end}; what the consumer or the making threw is thrown here. */
    R result() {
        return made.result();
    }

    private void hand(List<T> items) {
        try {
            batches.put(items);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while handing entries on", e);
        }
    }
}
