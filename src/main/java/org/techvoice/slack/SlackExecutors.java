package org.techvoice.slack;

import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Where work that must not delay Slack's 3-second acknowledgement runs. */
@Configuration(proxyBeanMethods = false)
public class SlackExecutors {

    private static final Logger log = LoggerFactory.getLogger(SlackExecutors.class);

    public static final String AFTER_ACK = "slackAfterAckExecutor";

    @Bean(name = AFTER_ACK)
    Executor slackAfterAckExecutor() {
        return afterAckExecutor(4, 10_000);
    }

    /**
     * Work done after the acknowledgement is not all best effort (a forget-me erasure, a CSV import and its report),
     * so none of it is dropped: when the queue is full, the request's own thread runs the task. That request's
     * acknowledgement then waits, which only happens with thousands of tasks queued, and beats losing what a person
     * asked for.
     */
    static ThreadPoolTaskExecutor afterAckExecutor(int threads, int queueCapacity) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("slack-after-ack-");
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(queueCapacity);
        executor.setRejectedExecutionHandler((task, pool) -> {
            log.warn("After-ack queue full ({} waiting): running one task on the request's thread", pool.getQueue().size());
            if (!pool.isShutdown()) {
                task.run();
            }
        });
        // finish what was acknowledged before the JVM goes away
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(20);
        executor.initialize();
        return executor;
    }
}
