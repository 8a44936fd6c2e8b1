package org.techvoice.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

class SlackExecutorsTest {

    @Test
    void whenTheQueueIsFullTheTaskRunsOnTheCallersThreadInsteadOfBeingDropped() throws Exception {
        ThreadPoolTaskExecutor executor = SlackExecutors.afterAckExecutor(1, 1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> ranOn = new CopyOnWriteArrayList<>();
        try {
            executor.execute(() -> await(release)); // occupies the only thread
            executor.execute(() -> ranOn.add("queued")); // fills the queue
            executor.execute(() -> ranOn.add(Thread.currentThread().getName())); // rejected: runs here

            assertThat(ranOn).containsExactly(Thread.currentThread().getName());
            release.countDown();
            executor.shutdown();
            assertThat(executor.getThreadPoolExecutor().awaitTermination(5, TimeUnit.SECONDS)).isTrue();
            assertThat(ranOn).containsExactly(Thread.currentThread().getName(), "queued");
        } finally {
            release.countDown();
            executor.shutdown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
