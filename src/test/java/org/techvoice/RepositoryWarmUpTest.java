package org.techvoice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.techvoice.support.SlackAppTest;

/**
 * Repositories are created lazily; the warm-up creates them all, so every query is still parsed and checked. The
 * test contexts switch the warm-up off ({@code techvoice.warm-up.repositories=false}, each test creates what it
 * uses), so this test runs it itself against the shared context.
 */
@SlackAppTest
class RepositoryWarmUpTest {

    @Autowired
    ApplicationContext context;

    @Test
    void everyRepositoryIsCreatedAndEveryQueryChecked() {
        // one per feature table (22 at the time of writing); a query Hibernate cannot parse would throw here
        assertThat(new RepositoryWarmUp(context).createAll()).isGreaterThanOrEqualTo(22);
    }

    @Test
    void theAppWarmsUpItsRepositoriesUnlessSwitchedOff() {
        ApplicationContextRunner app = new ApplicationContextRunner().withUserConfiguration(RepositoryWarmUp.class);

        app.run(started -> assertThat(started).hasSingleBean(RepositoryWarmUp.class));
        app.withPropertyValues("techvoice.warm-up.repositories=true")
                .run(started -> assertThat(started).hasSingleBean(RepositoryWarmUp.class));
        app.withPropertyValues("techvoice.warm-up.repositories=false")
                .run(started -> assertThat(started).doesNotHaveBean(RepositoryWarmUp.class));
    }
}
