package org.techvoice.slack;

import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Where work that must not delay Slack's 3-second acknowledgement runs. */
@Configuration(proxyBeanMethods = false)
class SlackExecutors {

    private static final Logger log = LoggerFactory.getLogger(SlackExecutors.class);

    static final String AFTER_ACK = "slackAfterAckExecutor";

    @Bean(name = AFTER_ACK)
    Executor slackAfterAckExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("slack-after-ack-");
        executor.setCorePoolSize(4);
        executor.setMaxPoolSize(4);
        executor.setQueueCapacity(10_000);
        // Only best-effort work goes here (e.g. refreshing the App Home); when the queue is full the request has
        // already been acknowledged, so dropping with a log line beats failing the acknowledgement itself.
        executor.setRejectedExecutionHandler((task, pool) ->
                log.warn("After-ack queue full ({} waiting): skipped one best-effort Slack call", pool.getQueue().size()));
        // finish what was acknowledged before the JVM goes away
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(20);
        executor.initialize();
        return executor;
    }
}
