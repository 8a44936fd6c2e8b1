package org.techvoice.draft.document;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * A part of the draft made on a thread of its own, beside the compiling thread, and waited for where it is needed. On two
 * cores the draft's reading leaves room beside it: much of a read is the database's work, and the entries' tallies and
 * the sections are the compiling thread's.
 */
final class Beside<T> {

    private final FutureTask<T> task;

    private Beside(FutureTask<T> task) {
        this.task = task;
    }

    /** Starts {@code work} now, on a daemon thread named {@code name}, so a stopping JVM never waits for a draft's part. */
    static <T> Beside<T> start(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return new Beside<>(task);
    }

    /** Waits for the work; what it threw is thrown here, as it was thrown there. */
    T result() {
        return await(task);
    }

    /** Waits for {@code work} done on another thread; what it threw is thrown here, as it was thrown there. */
    static <T> T await(Future<T> work) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a part of the draft", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
