package org.techvoice.understanding;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.draft.EntryEvidenceSource;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.StoredEmbeddingChecks;

/** The vectors stored beside the rows (V60), on H2; {@code PostgresMigrationsTest} runs the same checks on PostgreSQL. */
@SlackAppTest
class StoredEmbeddingsTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    EntryEvidenceSource evidence;

    @Test
    void storedVectorsReachTheDraftsEvidence() {
        StoredEmbeddingChecks.storedVectorsReachTheEvidence(new JdbcTemplate(dataSource), evidence, "T0EMBEDH2");
    }

    @Test
    void aColumnHoldsAWholeVectorOrNothing() {
        StoredEmbeddingChecks.onlyWholeVectorsAreStored(new JdbcTemplate(dataSource), "T0EMBEDH2");
    }
}
