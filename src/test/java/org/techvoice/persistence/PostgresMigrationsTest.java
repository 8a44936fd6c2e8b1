package org.techvoice.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

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
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackTestClient;

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
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Autowired
    DataSource dataSource;

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
}
