package org.techvoice.scheduling;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.support.Utils;

/**
 * Who holds a job lock ({@code shedlock.locked_by}): {@code host/pid/instance}, so that a starting instance can tell
 * the locks of a dead predecessor on the same host from those of live instances, and release them at once instead
 * of letting them stall the outbox and the survey job until they expire.
 *
 * <p>A lock of this host is stale when its process is gone (kill -9, then a restart with another pid), or when it
 * names this very process (a container restarted as pid 1 again) but no live instance in it: instances running in
 * one JVM side by side register here while they run.
 */
final class SchedulerLockOwner {

    private static final Logger log = LoggerFactory.getLogger(SchedulerLockOwner.class);
    /** The instances of this JVM currently running, by their locked-by value. */
    private static final Set<String> LIVE_IN_THIS_PROCESS = ConcurrentHashMap.newKeySet();

    private final String host;
    private final long pid;
    private final String lockedBy;
    /**
     * Extends the locks of running jobs. Deliberately not a bean: a ScheduledExecutorService bean would become the
     * scheduler of every {@code @Scheduled} job in its place.
     */
    private final ScheduledThreadPoolExecutor keepAlive = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "scheduler-lock-keep-alive");
        thread.setDaemon(true);
        return thread;
        // a job starting while the instance shuts down runs without keep-alive: its 30 s lock is enough for that
    }, new ThreadPoolExecutor.DiscardPolicy());

    private SchedulerLockOwner(String host, long pid, String instance) {
        this.host = host;
        this.pid = pid;
        this.lockedBy = host + "/" + pid + "/" + instance;
    }

    /** A new owner for an instance starting in this process. */
    static SchedulerLockOwner forThisInstance() {
        SchedulerLockOwner owner = new SchedulerLockOwner(Utils.getHostname(), ProcessHandle.current().pid(),
                UUID.randomUUID().toString().substring(0, 8));
        LIVE_IN_THIS_PROCESS.add(owner.lockedBy);
        return owner;
    }

    String lockedBy() {
        return lockedBy;
    }

    ScheduledExecutorService keepAlive() {
        return keepAlive;
    }

    /** This instance stops: its value no longer counts as live, and nothing is kept alive any more. */
    void stopped() {
        keepAlive.shutdownNow();
        LIVE_IN_THIS_PROCESS.remove(lockedBy);
    }

    /** Lets the jobs whose locks a dead process of this host still holds run now; returns their names. */
    List<String> releaseStaleLocks(JdbcTemplate jdbc) {
        List<String> released = jdbc.queryForList("select name, locked_by from shedlock where locked_by like ?",
                host.replace("%", "\\%").replace("_", "\\_") + "/%").stream()
                .filter(row -> isStale(String.valueOf(row.get("locked_by"))))
                .map(row -> {
                    // lock_until = locked_at makes it free now in the database's own clock, as ShedLock reads it
                    jdbc.update("update shedlock set lock_until = locked_at where name = ? and locked_by = ?",
                            row.get("name"), row.get("locked_by"));
                    return String.valueOf(row.get("name"));
                })
                .toList();
        if (!released.isEmpty()) {
            log.info("Released job locks left by a stopped TechVoice on this host: {}", released);
        }
        return released;
    }

    private boolean isStale(String holder) {
        if (!holder.startsWith(host + "/")) {
            return false;
        }
        String[] parts = holder.substring(host.length() + 1).split("/", 2);
        long holderPid;
        try {
            holderPid = Long.parseLong(parts[0]);
        } catch (NumberFormatException notOurs) {
            return false;
        }
        if (holderPid == pid) {
            return !LIVE_IN_THIS_PROCESS.contains(holder);
        }
        return ProcessHandle.of(holderPid).map(process -> !process.isAlive()).orElse(true);
    }
}
