package org.techvoice.installations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.techvoice.support.SlackAppTest;

/** Two OAuth callbacks bringing the same state at the same moment: exactly one may go on to exchange the code. */
@SlackAppTest
class OAuthStateClaimTest {

    @Autowired
    OAuthStates states;

    @Test
    void ofTwoSimultaneousClaimsOfOneStateExactlyOneSucceeds() throws Exception {
        for (int round = 0; round < 20; round++) {
            String state = "state-race-" + round;
            states.issued(state);
            CountDownLatch start = new CountDownLatch(1);
            Callable<Boolean> claim = () -> {
                start.await();
                return states.claim(state);
            };
            ExecutorService callbacks = Executors.newFixedThreadPool(2);
            try {
                List<Future<Boolean>> results = List.of(callbacks.submit(claim), callbacks.submit(claim));
                start.countDown();
                assertThat(results.stream().filter(this::won).count()).as("round %d", round).isOne();
            } finally {
                callbacks.shutdownNow();
            }
        }
    }

    @Test
    void aClaimedUnknownOrMissingStateIsRefused() {
        states.issued("state-once");
        assertThat(states.claim("state-once")).isTrue();
        assertThat(states.claim("state-once")).as("used").isFalse();
        assertThat(states.claim("state-never-issued")).isFalse();
        assertThat(states.claim(null)).isFalse();
    }

    private boolean won(Future<Boolean> result) {
        try {
            return result.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
