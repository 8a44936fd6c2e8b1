package org.techvoice.recognition;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Walks one table a page at a time in the order its rows were stored, by id keyset, so any number of rows
 * streams in bounded memory, rows added meanwhile neither repeat nor shift the pages, and each table page is read
 * once: walking by date instead jumped across the whole table for every page.
 *
 * <p>The next page is read on a thread of the walk's own while the rows of the current one are handed on: its keyset
 * is known as soon as the current page arrives, and handing 100,000 entries to the draft's tallies took longer than
 * reading them, so the reading and the database's work on it overlap that instead of adding to it. At most two pages
 * are held at once.
 */
final class StoredOrderWalk {

    /** Fetches up to {@code size} rows with ids above {@code afterId}, lowest id first. */
    interface Pages<T> {
        List<T> after(long afterId, int size);
    }

    /** A consumer told when it has had every row of a page, to finish them together (one more query a page, not one a row). */
    interface PageEnd {
        void pageEnded();
    }

    static final int PAGE_SIZE = 1_000;

    private StoredOrderWalk() {
    }

    /**
     * Hands every row after {@code startAfterId} to {@code each}, a page at a time, on the calling thread and in order.
     * A failure reading a page is thrown here as it was thrown there.
     */
    static <T> void forEach(long startAfterId, Pages<T> pages, ToLongFunction<T> idOf, Consumer<T> each) {
        List<T> page = pages.after(startAfterId, PAGE_SIZE);
        if (page.size() < PAGE_SIZE) {
            hand(page, each);
            return;
        }
        ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "stored-order-walk");
            thread.setDaemon(true);
            return thread;
        });
        try {
            while (true) {
                CompletableFuture<List<T>> next = null;
                if (page.size() == PAGE_SIZE) {
                    long lastId = idOf.applyAsLong(page.get(PAGE_SIZE - 1));
                    next = CompletableFuture.supplyAsync(() -> pages.after(lastId, PAGE_SIZE), reader);
                }
                hand(page, each);
                if (next == null) {
                    return;
                }
                page = await(next);
            }
        } finally {
            reader.shutdownNow();
        }
    }

    private static <T> void hand(List<T> page, Consumer<T> each) {
        page.forEach(each);
        if (each instanceof PageEnd end) {
            end.pageEnded();
        }
    }

    /** The page read ahead; what reading it threw is thrown here as it was thrown there. */
    private static <T> List<T> await(CompletableFuture<List<T>> next) {
        try {
            return next.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }
}
