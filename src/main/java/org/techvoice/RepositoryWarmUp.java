package org.techvoice;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * Creates every Spring Data repository before the app reports itself ready ({@link ReadinessWarmUp}).
 *
 * <p>Repositories are created lazily ({@code spring.data.jpa.repositories.bootstrap-mode: lazy}): building them parses
 * and checks every query, about a third of a start-up on two cores (the benchmark's figure 4), and the context does
 * not need them to start. Creating them all here, after the context is up and before readiness, keeps the check that
 * every query is valid (a broken one is logged at once, and {@code RepositoryWarmUpTest} fails on it) and spares the
 * first Slack requests the cost (they used to meet a background creation still running, on the same two cores).
 *
 * <p>{@code techvoice.warm-up.repositories=false} leaves each repository to its first use. Only the test suite sets
 * it: its dozen contexts and many application starts each paid for all 22 (1.5 s warm, up to 12 s cold) although a
 * test uses a few; {@code RepositoryWarmUpTest} still creates every one, so a broken query still fails the suite.
 */
@Component
@ConditionalOnProperty(name = "techvoice.warm-up.repositories", havingValue = "true", matchIfMissing = true)
@Order(Ordered.HIGHEST_PRECEDENCE) // first: the other steps use repositories
class RepositoryWarmUp implements WarmUp {

    private static final Logger log = LoggerFactory.getLogger(RepositoryWarmUp.class);

    private final ApplicationContext context;

    RepositoryWarmUp(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "the Spring Data repositories";
    }

    /** A failure is logged, not thrown (readiness still comes); a shutdown that overtakes the warm-up is no failure. */
    @Override
    public void warmUp() {
        try {
            createAll();
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
    int createAll() {
        long started = System.nanoTime();
        Map<String, Repository> repositories = context.getBeansOfType(Repository.class);
        log.debug("Created {} repositories in {} ms", repositories.size(), (System.nanoTime() - started) / 1_000_000);
        return repositories.size();
    }
}
