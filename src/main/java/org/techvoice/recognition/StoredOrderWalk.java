package org.techvoice.recognition;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Walks one table a page at a time in the order its rows were stored, by id keyset, so any number of rows
 * streams in bounded memory, rows added meanwhile neither repeat nor shift the pages, and each table page is read
 * once: walking by date instead jumped across the whole table for every page.
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

    /** Hands every row after {@code startAfterId} to {@code each}, a page at a time. */
    static <T> void forEach(long startAfterId, Pages<T> pages, ToLongFunction<T> idOf, Consumer<T> each) {
        long afterId = startAfterId;
        while (true) {
            List<T> page = pages.after(afterId, PAGE_SIZE);
            page.forEach(each);
            if (each instanceof PageEnd end) {
                end.pageEnded();
            }
            if (page.size() < PAGE_SIZE) {
                return;
            }
            afterId = idOf.applyAsLong(page.get(page.size() - 1));
        }
    }
}
