package org.techvoice.mydata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.techvoice.support.SlackPayloads.blockAction;
import static org.techvoice.support.SlackPayloads.button;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackPayloads;
import org.techvoice.support.SlackTestClient;

/**
 * After {@code /tc forget-me} has completed, a dump of every text column of every table holds neither the person's id
 * nor the words they wrote: not in the features' tables, not in the outbox's copies of messages that named them (a
 * consent DM to someone else, the channel post celebrating them), not in the confirmation sent to them.
 */
@SlackAppTest
class ErasureLeavesNothingTest {

    static final String TEAM = "T0ERASE01";
    static final String ADMIN = "U0ADMIN01";
    static final String PERSON = "U0ERASEP1";
    static final String COLLEAGUE = "U0ERASEC1";
    static final String OWN_WORDS = "Rebuilt the cryostat interlock zyxwvut";
    static final String ABOUT_THEM = "became a Registered Science Technician qwertyuiop";

    private static final Set<Integer> TEXT_TYPES = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB,
            Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    SlackTestClient slack;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        SlackPayloads.stubInteractions();
        slack = new SlackTestClient(port);
        for (String user : List.of(PERSON, COLLEAGUE, ADMIN)) {
            SlackPayloads.stubUser(user, TEAM, false, false);
        }
    }

    @Test
    void aDumpAfterForgetMeHoldsNeitherThePersonsIdNorTheirWords() throws SQLException {
        slack.slashCommand(TEAM, ADMIN, "/tc", "config network <#C0ERASENW|technicians>");
        slack.slashCommand(TEAM, PERSON, "/tc", "log " + OWN_WORDS);
        // a colleague celebrates them: a consent DM to them, and on approval a channel post naming them
        slack.slashCommand(TEAM, COLLEAGUE, "/tc", "celebrate <@" + PERSON + "> " + ABOUT_THEM);
        long about = jdbc.queryForObject("select max(id) from achievement where team_id = ?", Long.class, TEAM);
        await().atMost(Duration.ofSeconds(20)).until(this::allSettled);
        slack.interactive(blockAction(TEAM, PERSON, button("achievement_approve", "consent:" + about, Long.toString(about)), null));
        // they celebrate the colleague: the consent DM to the colleague says who asked
        slack.slashCommand(TEAM, PERSON, "/tc", "celebrate <@" + COLLEAGUE + "> ran the open day for 200 visitors");
        slack.slashCommand(TEAM, PERSON, "/tc", "my-data");
        await().atMost(Duration.ofSeconds(20)).until(() -> allSettled()
                && !SlackApiStub.postsTo("C0ERASENW").isEmpty());
        assertThat(dump()).as("the person is in the database before").anyMatch(value -> value.contains(PERSON));

        slack.buttonClick(TEAM, PERSON, "tc_forget_me", "tc_forget_me_confirm", "erase", SlackApiStub.responseUrl("erase-all"));

        await().atMost(Duration.ofSeconds(30)).until(() -> SlackApiStub.postsTo("D" + PERSON).stream()
                .anyMatch(call -> call.get("text").contains("TechVoice has erased")) && allSettled());
        List<String> dump = dump();
        assertThat(dump).noneMatch(value -> value.contains(PERSON));
        assertThat(dump).noneMatch(value -> value.contains(OWN_WORDS));
        assertThat(dump).noneMatch(value -> value.contains(ABOUT_THEM));
        assertThat(dump).noneMatch(value -> value.contains("TechVoice has erased"));
        // the channel post about them was withdrawn in Slack, its stored copy emptied but still findable for that
        await().atMost(Duration.ofSeconds(10)).until(() -> SlackApiStub.calls("chat.update").stream()
                .anyMatch(call -> "C0ERASENW".equals(call.get("channel"))));
    }

    private boolean allSettled() {
        return jdbc.queryForObject("select count(*) from outbox_message where team_id = ? and status in ('PENDING', 'IN_FLIGHT')",
                Integer.class, TEAM) == 0
                && jdbc.queryForObject("select count(*) from stored_request where team_id = ?", Integer.class, TEAM) == 0;
    }

    /** Every non-null value of every text column of every table, read through JDBC's metadata. */
    private List<String> dump() throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String[]> columns = new ArrayList<>();
            // the application's own schema: H2's PostgreSQL mode also shows catalog tables (pg_catalog) that hold no rows of ours
            try (ResultSet tables = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE", "BASE TABLE"})) {
                while (tables.next()) {
                    String schema = tables.getString("TABLE_SCHEM");
                    String table = tables.getString("TABLE_NAME");
                    try (ResultSet cols = meta.getColumns(null, schema, table, "%")) {
                        while (cols.next()) {
                            if (TEXT_TYPES.contains(cols.getInt("DATA_TYPE"))) {
                                columns.add(new String[] {schema, table, cols.getString("COLUMN_NAME")});
                            }
                        }
                    }
                }
            }
            assertThat(columns).as("text columns found").anyMatch(c -> c[1].equalsIgnoreCase("outbox_message"));
            for (String[] column : columns) {
                values.addAll(jdbc.queryForList("select \"" + column[2] + "\" from \"" + column[0] + "\".\"" + column[1]
                        + "\" where \"" + column[2] + "\" is not null", String.class));
            }
        }
        return values;
    }
}
