package org.techvoice.recognition;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

import org.techvoice.draft.EvidenceEntry;

/**
 * Walks one table oldest first, a page at a time by (day, id) keyset, so any number of rows streams in
 * bounded memory and rows added meanwhile neither repeat nor shift the pages.
 */
final class DatedCursor<T> {

    /** Fetches up to {@code size} rows after (day, id). */
    interface Pages<T> {
        List<T> after(LocalDate day, long id, int size);
    }

    static final int PAGE_SIZE = 1_000;

    private final Pages<T> pages;
    private final Function<T, LocalDate> dayOf;
    private final Function<T, Long> idOf;
    private final Function<T, EvidenceEntry> evidence;
    private final Deque<T> buffer = new ArrayDeque<>();
    private LocalDate lastDay;
    private long lastId = -1;
    private boolean exhausted;

    DatedCursor(LocalDate since, Pages<T> pages, Function<T, LocalDate> dayOf, Function<T, Long> idOf,
            Function<T, EvidenceEntry> evidence) {
        this.pages = pages;
        this.dayOf = dayOf;
        this.idOf = idOf;
        this.evidence = evidence;
        this.lastDay = since;
    }

    /** The next row, or null at the end. */
    T peek() {
        if (buffer.isEmpty() && !exhausted) {
            List<T> page = pages.after(lastDay, lastId, PAGE_SIZE);
            buffer.addAll(page);
            exhausted = page.size() < PAGE_SIZE;
            if (!page.isEmpty()) {
                T last = page.get(page.size() - 1);
                lastDay = dayOf.apply(last);
                lastId = idOf.apply(last);
            }
        }
        return buffer.peek();
    }

    LocalDate day() {
        T next = peek();
        return next == null ? null : dayOf.apply(next);
    }

    /** The next row as evidence (null when it is not evidence, e.g. a private achievement), moving past it. */
    EvidenceEntry take() {
        return evidence.apply(buffer.poll());
    }
}
