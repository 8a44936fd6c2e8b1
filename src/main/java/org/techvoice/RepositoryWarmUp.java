package org.techvoice;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * Creates every Spring Data repository in the background once the app is ready.
 *
 * <p>Repositories are created lazily ({@code spring.data.jpa.repositories.bootstrap-mode: lazy}): building them parses
 * and checks every query, about a third of a start-up on two cores (the benchmark's figure 4), and nothing needs them
 * before the first request. Creating them all straight after start-up, off the main thread, keeps the check that
 * every query is valid (a broken one is logged at once, and {@code RepositoryWarmUpTest} fails on it) and spares the
 * first Slack requests the cost.
 */
@Component
class RepositoryWarmUp {

    private static final Logger log = LoggerFactory.getLogger(RepositoryWarmUp.class);

    private final ApplicationContext context;

    RepositoryWarmUp(ApplicationContext context) {
        this.context = context;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startInBackground() {
        Thread thread = new Thread(this::warmUpInBackground, "repository-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** A failure is logged, not thrown to a thread nobody waits on; a shutdown that overtakes the warm-up is no failure. */
    void warmUpInBackground() {
        try {
            warmUp();
        } catch (RuntimeException e) {
            // closing starts before the context stops being active, and tears down what the repositories need
            if (context instanceof ConfigurableApplicationContext running && (running.isClosed() || !running.isActive())) {
                log.debug("Repository warm-up stopped: the app is shutting down");
                return;
            }
            log.error("A repository could not be created: a query is invalid or the schema does not match", e);
        }
    }

    /** @return how many repositories exist now */
    int warmUp() {
        long started = System.nanoTime();
        Map<String, Repository> repositories = context.getBeansOfType(Repository.class);
        log.debug("Created {} repositories in {} ms", repositories.size(), (System.nanoTime() - started) / 1_000_000);
        return repositories.size();
    }
}
