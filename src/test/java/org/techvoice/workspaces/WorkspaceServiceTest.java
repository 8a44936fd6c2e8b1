package org.techvoice.workspaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.techvoice.support.SlackAppTest;

@SlackAppTest
class WorkspaceServiceTest {

    @Autowired
    WorkspaceService workspaces;

    @Test
    void manyFirstRequestsOfOneTeamAtOnceRecordItOnceWithoutErrors() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
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
    }

    @Test
    void blankTeamIdsAreIgnored() {
        long before = workspaces.count();

        workspaces.recordSeen(null, null);
        workspaces.recordSeen("  ", null);

        assertThat(workspaces.count()).isEqualTo(before);
    }
}
