package org.techvoice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.repository.Repository;

/** The repository warm-up against a context that is still starting, running, or already shutting down. */
@ExtendWith(OutputCaptureExtension.class)
class RepositoryWarmUpShutdownTest {

    interface Broken extends Repository<Object, Long> {
    }

    @Test
    void aShutdownThatOvertakesTheWarmUpIsNoError(CapturedOutput output) {
        GenericApplicationContext context = contextWithBrokenRepository();
        context.refresh();
        context.close();

        new RepositoryWarmUp(context).warmUp();

        assertThat(output).doesNotContain("ERROR").doesNotContain("could not be created");
    }

    @Test
    void aBrokenRepositoryInARunningAppIsLoggedAsAnError(CapturedOutput output) {
        GenericApplicationContext context = contextWithBrokenRepository();
        context.refresh();
        try {
            new RepositoryWarmUp(context).warmUp();
        } finally {
            context.close();
        }

        assertThat(output).contains("ERROR").contains("A repository could not be created");
    }

    private static GenericApplicationContext contextWithBrokenRepository() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.registerBean("broken", Broken.class, () -> {
            throw new IllegalStateException("query does not parse");
        }, definition -> definition.setLazyInit(true)); // as the app's repositories are
        return context;
    }
}
