package org.techvoice.workspaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.techvoice.support.SlackAppTest;

@SlackAppTest
@ExtendWith(OutputCaptureExtension.class)
class WorkspaceServiceTest {

    @Autowired
    WorkspaceService workspaces;

    @Test
    void manyFirstRequestsOfOneTeamAtOnceRecordItOnceWithoutErrors(CapturedOutput output)
            throws Exception {
        java.util.concurrent.atomic.AtomicInteger threads = new java.util.concurrent.atomic.AtomicInteger();
        // named, so the check below reads only what these calls logged, not other tests' background work
        ExecutorService pool = Executors.newFixedThreadPool(8, task -> new Thread(task, "wsrace-" + threads.incrementAndGet()));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        long before = workspaces.count();
        try {
            for (int i = 0; i < 16; i++) {
                calls.add(CompletableFuture.runAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    workspaces.recordSeen("T0RACE001", "E0GRID001");
                }, pool));
            }
            start.countDown();
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get();
        } finally {
            pool.shutdown();
        }

        assertThat(workspaces.isKnown("T0RACE001")).isTrue();
        assertThat(workspaces.count()).isEqualTo(before + 1);
        // losing the race is normal: nothing may be logged as an error for it
        List<String> racers = output.getAll().lines().filter(line -> line.contains("[wsrace-") || line.contains(" wsrace-")).toList();
        assertThat(racers).noneMatch(line -> line.contains(" ERROR ") || line.toLowerCase().contains("primary key violation"));
        assertThat(output.getAll()).doesNotContainIgnoringCase("primary key violation");
    }

    @Test
    void blankTeamIdsAreIgnored() {
        long before = workspaces.count();

        workspaces.recordSeen(null, null);
        workspaces.recordSeen("  ", null);

        assertThat(workspaces.count()).isEqualTo(before);
    }
}
