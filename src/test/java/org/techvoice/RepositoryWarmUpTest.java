package org.techvoice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.techvoice.support.SlackAppTest;

/** Repositories are created lazily; the warm-up creates them all, so every query is still parsed and checked. */
@SlackAppTest
class RepositoryWarmUpTest {

    @Autowired
    RepositoryWarmUp warmUp;

    @Test
    void everyRepositoryIsCreatedAndEveryQueryChecked() {
        // one per feature table (22 at the time of writing); a query Hibernate cannot parse would throw here
        assertThat(warmUp.createAll()).isGreaterThanOrEqualTo(22);
    }
}
