package org.techvoice.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.techvoice.outbox.OutboundMessage;
import org.techvoice.outbox.Outbox;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackTestClient;
import org.techvoice.support.TechVoiceInstance;

import net.javacrumbs.shedlock.support.Utils;

/**
 * An instance killed (kill -9) while holding the outbox's and the survey job's locks leaves them in the table for
 * minutes; the instance restarted on that host must not wait for them: the outbox delivers within seconds.
 */
class JobLocksAfterKillTest {

    @TempDir
    Path dataDir;

    @Test
    void locksLeftByAKilledInstanceOnThisHostDoNotStallTheJobsAfterARestart() {
        SlackApiStub.reset();
        try (ConfigurableApplicationContext first = start()) {
            // what a kill -9 in the middle of both jobs leaves behind: locks held for ten more minutes by a process now gone
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            String dead = Utils.getHostname() + "/" + deadPid() + "/killed01";
            jdbc.update("delete from shedlock");
            for (String job : new String[] {"outbox-delivery", "surveys-lifecycle"}) {
                jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) values "
                        + "(?, dateadd('MINUTE', 10, current_timestamp), current_timestamp, ?)", job, dead);
            }
        }

        try (ConfigurableApplicationContext second = start()) {
            second.getBean(TransactionTemplate.class).executeWithoutResult(status -> second.getBean(Outbox.class).enqueue(
                    OutboundMessage.post(SlackTestClient.TEAM, "after-kill:1", "C0AFTERKL", "Delivered after a restart", null)));

            await().atMost(Duration.ofSeconds(10)).until(() -> SlackApiStub.postsTo("C0AFTERKL").size() == 1);
            assertThat(second.getBean(JdbcTemplate.class).queryForObject("select count(*) from shedlock where locked_by like ? "
                    + "and lock_until > current_timestamp", Integer.class, "%/killed01")).as("the survey job's lock is free too").isZero();
        }
    }

    private ConfigurableApplicationContext start() {
        return TechVoiceInstance.start("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("techvoice")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    private static long deadPid() {
        return LongStream.iterate(3_999_999, p -> p - 1).filter(p -> ProcessHandle.of(p).isEmpty()).findFirst().orElseThrow();
    }
}
