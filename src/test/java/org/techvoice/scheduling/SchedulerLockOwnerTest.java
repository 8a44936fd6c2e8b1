package org.techvoice.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import net.javacrumbs.shedlock.support.Utils;

/** Which job locks an instance starting on this host may release at once: only those of a process that is gone. */
class SchedulerLockOwnerTest {

    JdbcTemplate jdbc;
    SchedulerLockOwner owner;

    @BeforeEach
    void setUp() {
        jdbc = new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:h2:mem:locks-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"));
        jdbc.execute("create table shedlock (name varchar(64) primary key, lock_until timestamp not null, "
                + "locked_at timestamp not null, locked_by varchar(255) not null)");
        owner = SchedulerLockOwner.forThisInstance();
    }

    @AfterEach
    void tearDown() {
        owner.stopped();
    }

    @Test
    void locksOfADeadProcessOnThisHostAreReleasedAndNoOthers() {
        String host = Utils.getHostname();
        long pid = ProcessHandle.current().pid();
        SchedulerLockOwner sibling = SchedulerLockOwner.forThisInstance();
        try {
            lock("outbox-delivery", host + "/" + deadPid() + "/a1b2c3d4");
            lock("surveys-lifecycle", host + "/" + pid + "/restarted");
            lock("stored-requests", sibling.lockedBy());
            lock("retention", "another-host/" + deadPid() + "/a1b2c3d4");
            lock("handled-request-purge", host + "/" + ProcessHandle.current().parent().orElseThrow().pid() + "/alive");
            lock("workspace-data-deletion", host);

            assertThat(owner.releaseStaleLocks(jdbc)).containsExactlyInAnyOrder("outbox-delivery", "surveys-lifecycle");

            assertThat(free("outbox-delivery")).isTrue();
            assertThat(free("surveys-lifecycle")).isTrue();
            assertThat(free("stored-requests")).as("a live instance in this process").isFalse();
            assertThat(free("retention")).as("another host's").isFalse();
            assertThat(free("handled-request-purge")).as("a live process on this host").isFalse();
            assertThat(free("workspace-data-deletion")).as("not ours to judge").isFalse();
        } finally {
            sibling.stopped();
        }
    }

    @Test
    void anInstanceNamesItsHostAndProcess() {
        assertThat(owner.lockedBy()).startsWith(Utils.getHostname() + "/" + ProcessHandle.current().pid() + "/");
    }

    private void lock(String name, String lockedBy) {
        jdbc.update("insert into shedlock values (?, dateadd('MINUTE', 10, current_timestamp), current_timestamp, ?)",
                name, lockedBy);
    }

    private boolean free(String name) {
        return jdbc.queryForObject("select lock_until <= current_timestamp from shedlock where name = ?", Boolean.class, name);
    }

    private static long deadPid() {
        return LongStream.iterate(3_999_999, p -> p - 1).filter(p -> ProcessHandle.of(p).isEmpty()).findFirst().orElseThrow();
    }
}
