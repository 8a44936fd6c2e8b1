package org.techvoice.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.techvoice.draft.EntryEvidenceSource;
import org.techvoice.draft.EvidenceEntry;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackTestClient;
import org.techvoice.support.StoredEmbeddingChecks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The same migrations and JPA mappings on a real PostgreSQL, under the production profile. */
@SlackAppTest
@ActiveProfiles("postgres")
// Closed with the class: a cached context would keep running its scheduled jobs (the outbox worker) against the
// stopped PostgreSQL and log connection errors into later tests' captured output.
@DirtiesContext
class PostgresMigrationsTest {

    private static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void postgresDataSource(DynamicPropertyRegistry registry) throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        // Stopped when the test JVM ends, after @DirtiesContext has closed the application: stopped in @AfterAll, before
        // the context, it left the scheduled jobs waiting out their connection timeouts (about 25 s of the suite).
        EmbeddedPostgres started = postgres;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                started.close();
            } catch (IOException e) {
                // the JVM is ending; the postgres process goes with its directory either way
            }
        }));
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        // the postgres profile refuses to start without a survey key (SurveyHashKey)
        registry.add("techvoice.surveys.hash-key", () -> "postgres-migrations-test-survey-key-0123456789");
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    EntryEvidenceSource evidence;

    @LocalServerPort
    int port;

    @Test
    void allMigrationsApplyAndJpaValidatesOnPostgres() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = false", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history", Integer.class)).isPositive();
    }

    @Test
    void aSlackRequestIsStoredInPostgres() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        new SlackTestClient(port).slashCommand("T0POSTGRES", "U0TECH001", "/tc", "help");

        assertThat(jdbc.queryForObject("select count(*) from workspace where team_id = 'T0POSTGRES'", Integer.class)).isEqualTo(1);
    }

    @Test
    void theDraftWalksEveryEntryOfThePeriodOnceAcrossPagesInStoredOrder() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        LocalDate today = LocalDate.now();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            // every fifth one is older than the period, stored in between, as backdated entries are
            LocalDate day = i % 5 == 0 ? today.minusDays(400) : today.minusDays(i % 30);
            rows.add(new Object[] {i == 7 ? "T0PGOTHER" : "T0PGWALK", "Idea " + i, "VISIBILITY", "hash" + i, Date.valueOf(day)});
        }
        jdbc.batchUpdate("insert into voice_entry (team_id, body, themes, delete_token_hash, said_on) values (?, ?, ?, ?, ?)", rows);
        jdbc.update("insert into contribution (team_id, user_id, kind, body, themes, happened_on, collaborators, created_at) "
                + "values ('T0PGWALK', 'U0TECH001', 'OUTREACH', 'School visit', 'VISIBILITY', ?, '', now())", Date.valueOf(today));

        List<EvidenceEntry> seen = new ArrayList<>();
        evidence.forEachEntry("T0PGWALK", today.minusDays(60), seen::add);

        // 2,000 of the 2,500 are in the period, less the one of the other workspace; plus the contribution
        assertThat(seen).hasSize(2_000 - 1 + 1);
        assertThat(seen).extracting(EvidenceEntry::reference).doesNotHaveDuplicates();
        assertThat(seen).allMatch(e -> !e.date().isBefore(today.minusDays(60)));
        assertThat(seen).extracting(EvidenceEntry::text).contains("Idea 1", "Idea 2499", "School visit").doesNotContain("Idea 7", "Idea 0");
    }

    @Test
    void storedVectorsReachTheDraftsEvidence() {
        StoredEmbeddingChecks.storedVectorsReachTheEvidence(new JdbcTemplate(dataSource), evidence, "T0PGEMBED");
        StoredEmbeddingChecks.onlyWholeVectorsAreStored(new JdbcTemplate(dataSource), "T0PGEMBED");
    }

    /** Issue 18: the loop's own SQL (insert-if-absent, updates, date comparisons) on PostgreSQL. */
    @Test
    void theLoopsSwitchesAndDigestScheduleWorkOnPostgres() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        SlackTestClient slack = new SlackTestClient(port);
        for (int i = 0; i < 5 && slack.slashCommand("T0PGLOOP", "U0ADMIN01", "/tc", "help").body().contains("can't confirm"); i++) {
            Thread.onSpinWait();
        }

        assertThat(slack.slashCommand("T0PGLOOP", "U0ADMIN01", "/tc", "loop digest monthly").body()).contains("Digest: monthly");
        assertThat(slack.slashCommand("T0PGLOOP", "U0ADMIN01", "/tc", "loop zone Europe/Paris").body()).contains("Europe/Paris");

        assertThat(jdbc.queryForObject("select digest_frequency || ' ' || time_zone from loop_setting where team_id = 'T0PGLOOP'",
                String.class)).isEqualTo("MONTHLY Europe/Paris");
        jdbc.update("insert into loop_plan_change (team_id, action_id, change_kind, said_did_done, changed_on, recorded_at) "
                + "values ('T0PGLOOP', 1, 'ACCEPTED', false, current_date - 1, now())");
        assertThat(jdbc.queryForObject("select count(*) from loop_plan_change where team_id = 'T0PGLOOP' and said_did_done = false "
                + "and changed_on < ?", Integer.class, Date.valueOf(LocalDate.now()))).isEqualTo(1);
    }
}
