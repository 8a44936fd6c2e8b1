package org.techvoice.slack;

import java.util.concurrent.Executor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Where work that must not delay Slack's 3-second acknowledgement runs. */
@Configuration(proxyBeanMethods = false)
class SlackExecutors {

    static final String AFTER_ACK = "slackAfterAckExecutor";

    @Bean(name = AFTER_ACK)
    Executor slackAfterAckExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("slack-after-ack-");
        executor.setCorePoolSize(4);
        executor.setMaxPoolSize(4);
        executor.setQueueCapacity(10_000);
        // finish what was acknowledged before the JVM goes away
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(20);
        executor.initialize();
        return executor;
    }
}
