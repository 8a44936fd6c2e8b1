package org.techvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.audit.AuditLog;
import org.techvoice.installations.InstalledApp;
import org.techvoice.installations.Installations;
import org.techvoice.outbox.OutboundMessage;
import org.techvoice.outbox.Outbox;
import org.techvoice.people.PeopleService;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.people.TechnicianProfile;
import org.techvoice.support.OAuthAppTest;
import org.techvoice.support.TeamTables;
import org.techvoice.workspaces.WorkspaceService;

/**
 * Tenant isolation: two workspaces hold data of every kind, and nothing one of them reads ever shows the other's.
 * Runs distributed by OAuth, where many workspaces share one database.
 *
 * <p><b>Adding a feature?</b> Add an {@link IsolationCase} to {@link #cases()}: how to create one item for a team,
 * marked with a string, and every way your service reads a team's data back. Each query runs for both teams and
 * must never contain the other team's marker (and the case must show its own marker somewhere, so it cannot pass
 * by reading nothing; a feature with no read API of its own, like the outbox, gives no queries). {@link #noTableStoresOneTeamsDataUnderTheOthersId()} then checks, for every table with a
 * {@code team_id} column, that no row of one team carries the other's marker.
 */
@OAuthAppTest
class TenantIsolationTest {

    /** Creates one item for {@code teamId}; every text it stores should include {@code marker}. */
    interface Creator {
        void create(String teamId, String marker);
    }

    /** Reads the team's data the way a command, view or export would; its text must never hold the other marker. */
    interface Query {
        Object read(String teamId, String ownMarker, String otherMarker);
    }

    record IsolationCase(String feature, Creator creator, Map<String, Query> queries) {
    }

    @Autowired
    PeopleService people;

    @Autowired
    RoleService roles;

    @Autowired
    Outbox outbox;

    @Autowired
    WorkspaceService workspaces;

    @Autowired
    Installations installations;

    @Autowired
    AuditLog audit;

    @Autowired
    DataSource dataSource;

    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String teamA = "T0ISOA" + run;
    private final String teamB = "T0ISOB" + run;

    List<IsolationCase> cases() {
        return List.of(
                new IsolationCase("workspaces",
                        (team, marker) -> workspaces.recordSeen(team, "E" + marker),
                        Map.of("enterpriseOf", (team, own, other) -> workspaces.enterpriseOf(team))),
                new IsolationCase("people: technicians",
                        (team, marker) -> people.register(team, new TechnicianProfile("U" + marker, marker, marker, marker)),
                        Map.of("technicians", (team, own, other) -> people.technicians(team),
                                "find own", (team, own, other) -> people.find(team, "U" + own),
                                "find other's", (team, own, other) -> people.find(team, "U" + other),
                                "departmentOf other's", (team, own, other) -> people.departmentOf(team, "U" + other))),
                new IsolationCase("people: roles",
                        (team, marker) -> roles.grant(team, "U" + marker, Role.LEAD, "U" + marker),
                        Map.of("holders", (team, own, other) -> roles.holders(team, Role.LEAD),
                                "other's roles", (team, own, other) -> roles.rolesOf(team, "U" + other))),
                // written by features and read only by its worker: no query of its own, the table check covers it
                new IsolationCase("outbox",
                        (team, marker) -> outbox.enqueue(OutboundMessage.post(team, "iso:" + marker, "C0GENERAL1", marker, null)),
                        Map.of()),
                new IsolationCase("audit",
                        (team, marker) -> audit.record(team, "U" + marker, "role.add", "U" + marker, marker),
                        Map.of("latest", (team, own, other) -> audit.latest(team, 50))),
                new IsolationCase("installations",
                        (team, marker) -> installations.save(new InstalledApp(null, null, null, team, marker, false, "A0TV",
                                "bot", "B" + marker, "U" + marker, "commands", "xoxb-" + marker, "U" + marker, null, null,
                                Instant.now())),
                        Map.of("botToken", (team, own, other) -> installations.botToken(team, null),
                                "find", (team, own, other) -> installations.find(null, team).map(app -> app.botToken() + " " + app.teamName()))));
    }

    private String marker(int index, String team) {
        return "m" + index + (team.equals(teamA) ? "a" : "b") + run;
    }

    @TestFactory
    Stream<DynamicTest> noQueryOfOneWorkspaceReturnsTheOthersData() {
        List<IsolationCase> cases = cases();
        createAll(cases);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            IsolationCase c = cases.get(i);
            int index = i;
            tests.add(DynamicTest.dynamicTest(c.feature(), () -> {
                StringBuilder everythingA = new StringBuilder();
                for (var query : c.queries().entrySet()) {
                    String a = String.valueOf(query.getValue().read(teamA, marker(index, teamA), marker(index, teamB)));
                    String b = String.valueOf(query.getValue().read(teamB, marker(index, teamB), marker(index, teamA)));
                    assertThat(a).as(c.feature() + " / " + query.getKey() + " for A").doesNotContain(marker(index, teamB));
                    assertThat(b).as(c.feature() + " / " + query.getKey() + " for B").doesNotContain(marker(index, teamA));
                    everythingA.append(a);
                }
                if (!c.queries().isEmpty()) {
                    assertThat(everythingA.toString()).as(c.feature() + ": its queries must show the team's own data")
                            .contains(marker(index, teamA));
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void noTableStoresOneTeamsDataUnderTheOthersId() {
        List<IsolationCase> cases = cases();
        createAll(cases);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> tables = new TeamTables(dataSource).names();
        assertThat(tables).contains("workspace", "technician", "person_role", "outbox_message", "installation");
        for (String table : tables) {
            for (String team : List.of(teamA, teamB)) {
                String other = team.equals(teamA) ? teamB : teamA;
                String rows = jdbc.queryForList("select * from " + table + " where team_id = ?", team).toString();
                for (int i = 0; i < cases.size(); i++) {
                    assertThat(rows).as(table + " rows of " + team).doesNotContain(marker(i, other));
                }
            }
        }
    }

    private void createAll(List<IsolationCase> cases) {
        for (int i = 0; i < cases.size(); i++) {
            for (String team : List.of(teamA, teamB)) {
                cases.get(i).creator().create(team, marker(i, team));
            }
        }
    }
}
