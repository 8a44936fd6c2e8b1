package org.techvoice.scheduling;

import javax.sql.DataSource;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;

/**
 * Scheduled jobs (survey openings, reminders, outbox delivery, retention) run once across every
 * instance sharing the database: each {@code @Scheduled} method also carries {@code @SchedulerLock}.
 * The lock table is created by Flyway ({@code V4__shedlock.sql}); the database clock decides expiry so
 * instances with skewed clocks still agree.
 *
 * <p>A killed instance must not stall the jobs: locks are short ({@code lockAtMostFor} of 30 s, ShedLock's floor for
 * this) and kept alive by {@link KeepAliveLockProvider} while the job runs, so a dead instance's lock runs out
 * within 30 s; and an instance starting on the same host releases at once the locks a dead predecessor left
 * ({@link SchedulerLockOwner}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30S")
class SchedulingConfiguration {

    @Bean(destroyMethod = "stopped")
    SchedulerLockOwner schedulerLockOwner() {
        return SchedulerLockOwner.forThisInstance();
    }

    @Bean
    @DependsOnDatabaseInitialization
    LockProvider lockProvider(DataSource dataSource, SchedulerLockOwner owner) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        owner.releaseStaleLocks(jdbc);
        return new KeepAliveLockProvider(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc)
                .usingDbTime()
                .withLockedByValue(owner.lockedBy())
                .build()), owner.keepAlive());
    }
}
