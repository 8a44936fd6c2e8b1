package org.techvoice.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** The draft's walk of a table: every row once, in stored order, a page at a time, with the next page read ahead. */
class StoredOrderWalkTest {

    private static final int PAGE = StoredOrderWalk.PAGE_SIZE;

    /** A table of ids 1..rows, paged by keyset as the repositories page it. */
    private static StoredOrderWalk.Pages<Long> table(long rows, List<Long> askedAfter) {
        return (afterId, size) -> {
            synchronized (askedAfter) {
                askedAfter.add(afterId);
            }
            return LongStream.rangeClosed(afterId + 1, Math.min(rows, afterId + size)).boxed().toList();
        };
    }

    /** Collects rows and the sizes of the pages it was told had ended. */
    private static final class Rows implements Consumer<Long>, StoredOrderWalk.PageEnd {
        final List<Long> rows = new ArrayList<>();
        final List<Integer> pageSizes = new ArrayList<>();
        final List<String> threads = new ArrayList<>();
        private int sinceLastEnd;

        @Override
        public void accept(Long row) {
            rows.add(row);
            threads.add(Thread.currentThread().getName());
            sinceLastEnd++;
        }

        @Override
        public void pageEnded() {
            pageSizes.add(sinceLastEnd);
            sinceLastEnd = 0;
        }
    }

    @Test
    void everyRowOnceInStoredOrderOnTheCallingThread() {
        for (long size : new long[] {0, 1, PAGE - 1, PAGE, PAGE + 1, 3L * PAGE, 3L * PAGE + 17}) {
            List<Long> askedAfter = new ArrayList<>();
            Rows rows = new Rows();
            StoredOrderWalk.forEach(0, table(size, askedAfter), Long::longValue, rows);
            assertThat(rows.rows).as("rows of a table of %d", size).containsExactlyElementsOf(LongStream.rangeClosed(1, size).boxed().toList());
            assertThat(rows.threads).as("handed on by the caller").allMatch(name -> name.equals(Thread.currentThread().getName()));
            // a full page is followed by one more read, which may be empty: the walk stops at the first short page
            assertThat(askedAfter).as("pages read for %d rows", size).hasSize((int) (size / PAGE) + 1);
            assertThat(rows.pageSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo((int) size);
            assertThat(rows.pageSizes).allMatch(n -> n <= PAGE);
        }
    }

    @Test
    void startsAfterTheGivenId() {
        Rows rows = new Rows();
        StoredOrderWalk.forEach(PAGE + 5L, table(2L * PAGE + 10, new ArrayList<>()), Long::longValue, rows);
        assertThat(rows.rows).first().isEqualTo(PAGE + 6L);
        assertThat(rows.rows).last().isEqualTo(2L * PAGE + 10);
    }

    @Test
    void aFailedReadAheadIsThrownToTheCallerAfterTheRowsBeforeIt() {
        Rows rows = new Rows();
        StoredOrderWalk.Pages<Long> failingSecondPage = (afterId, size) -> {
            if (afterId >= PAGE) {
                throw new IllegalStateException("connection lost");
            }
            return LongStream.rangeClosed(afterId + 1, afterId + size).boxed().toList();
        };
        assertThatThrownBy(() -> StoredOrderWalk.forEach(0, failingSecondPage, Long::longValue, rows))
                .isInstanceOf(IllegalStateException.class).hasMessage("connection lost");
        assertThat(rows.rows).hasSize(PAGE);
    }
}
