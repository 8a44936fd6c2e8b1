package org.techvoice.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techvoice.audit.AuditLog;
import org.techvoice.installations.Installations;
import org.techvoice.installations.Installations.PendingDeletion;
import org.techvoice.installations.WorkspaceDeletionJob;
import org.techvoice.outbox.OutboundMessage;
import org.techvoice.outbox.Outbox;
import org.techvoice.people.PeopleService;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.people.TechnicianProfile;
import org.techvoice.support.MutableClock;
import org.techvoice.support.OAuthAppTest;
import org.techvoice.support.OAuthInstaller;
import org.techvoice.support.OAuthInstaller.Tenant;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;
import org.techvoice.support.TeamTables;

/** app_uninstalled and tokens_revoked remove the tokens; the data goes after the grace period, and only that workspace's. */
@OAuthAppTest
class UninstallTest {

    static final Duration GRACE = Duration.ofDays(30);

    @LocalServerPort
    int port;

    @Autowired
    Installations installations;

    @Autowired
    WorkspaceDeletionJob deletionJob;

    @Autowired
    PeopleService people;

    @Autowired
    RoleService roles;

    @Autowired
    Outbox outbox;

    @Autowired
    AuditLog audit;

    @Autowired
    MutableClock clock;

    @Autowired
    DataSource dataSource;

    SlackTestClient slack;
    OAuthInstaller browser;
    TeamTables tables;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        slack = new SlackTestClient(port);
        browser = new OAuthInstaller(port);
        tables = new TeamTables(dataSource);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void appUninstalledRemovesTheTokensAtOnceAndSchedulesTheDataForDeletion() {
        Tenant tenant = Tenant.workspace("T0UNINST1", "Leaving University", "U0LEAVADM");
        browser.install(tenant);

        HttpResponse<String> event = slack.installationEvent(tenant.teamId(), null, "Ev0UNINST1", "{\"type\":\"app_uninstalled\"}");

        assertThat(event.statusCode()).isEqualTo(200);
        assertThat(installations.botToken(tenant.teamId(), null)).isEmpty();
        assertThat(tables.rowsOf(tenant.teamId())).containsEntry("installation", 0);
        PendingDeletion pending = installations.pendingDeletion(tenant.teamId()).orElseThrow();
        assertThat(Duration.between(pending.uninstalledAt(), pending.deleteAfter())).isEqualTo(GRACE);
        assertThat(SlackJson.allText(slack.slashCommand(tenant.teamId(), "U0TECH001", "/tc", "help").body()))
                .contains("TechVoice is not installed in this workspace");
    }

    @Test
    void tokensRevokedRemovesTheBotTokenButSchedulesNothing() {
        Tenant tenant = Tenant.workspace("T0REVOKE1", "Revoked College", "U0REVOADM");
        browser.install(tenant);

        HttpResponse<String> event = slack.installationEvent(tenant.teamId(), null, "Ev0REVOKE1", """
                {"type":"tokens_revoked","tokens":{"oauth":["%s"],"bot":["%s"]}}""".formatted(tenant.installerUserId(), tenant.botUserId()));

        assertThat(event.statusCode()).isEqualTo(200);
        assertThat(installations.botToken(tenant.teamId(), null)).isEmpty();
        assertThat(tables.rowsOf(tenant.teamId())).containsEntry("installation", 0);
        assertThat(installations.pendingDeletion(tenant.teamId())).isEmpty();
    }

    @Test
    void anOrgWideUninstallRemovesTheOrgsTokenAndSchedulesEachOfItsWorkspaces() {
        Tenant org = Tenant.org("E0LEAVORG", "Leaving Org", "W0LEAVADM");
        browser.install(org);
        SlackApiStub.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/views.publish"))
                .willReturn(SlackApiStub.okJson("{\"ok\":true}")));
        for (String team : List.of("T0LEAVWS1", "T0LEAVWS2")) {
            assertThat(slack.slashCommand(team, org.enterpriseId(), true, "W0USER001", "/tc", "help").body()).contains("/tc commands");
        }
        assertThat(installations.botToken("T0LEAVWS1", null)).contains(org.botToken());

        slack.installationEvent(org.enterpriseId(), org.enterpriseId(), "Ev0LEAVORG", "{\"type\":\"app_uninstalled\"}");

        assertThat(installations.botToken("T0LEAVWS1", null)).isEmpty();
        assertThat(installations.botToken("T0LEAVWS2", org.enterpriseId())).isEmpty();
        assertThat(installations.pendingDeletion("T0LEAVWS1")).isPresent();
        assertThat(installations.pendingDeletion("T0LEAVWS2")).isPresent();
    }

    @Test
    void afterTheGracePeriodTheWorkspacesDataIsDeletedAndNoOtherWorkspacesIs() {
        Tenant leaving = Tenant.workspace("T0LEAVING", "Leaving", "U0LEAVING");
        Tenant staying = Tenant.workspace("T0STAYING", "Staying", "U0STAYING");
        for (Tenant tenant : List.of(leaving, staying)) {
            browser.install(tenant);
            createData(tenant.teamId());
        }
        Map<String, Integer> stayingBefore = tables.rowsOf(staying.teamId());
        assertThat(tables.rowsOf(leaving.teamId())).containsEntry("workspace", 1).containsEntry("technician", 1)
                .containsEntry("person_role", 2).containsEntry("outbox_message", 1);
        assertThat(tables.rowsOf(leaving.teamId()).get("audit_entry")).as("role changes are audited too").isPositive();

        slack.installationEvent(leaving.teamId(), null, "Ev0LEAVING", "{\"type\":\"app_uninstalled\"}");

        assertThat(deletionJob.deleteDueWorkspaces()).doesNotContain(leaving.teamId());
        clock.advance(GRACE.minusMinutes(1));
        assertThat(deletionJob.deleteDueWorkspaces()).doesNotContain(leaving.teamId());
        assertThat(tables.rowsOf(leaving.teamId())).containsEntry("technician", 1);

        clock.advance(Duration.ofMinutes(2));
        assertThat(deletionJob.deleteDueWorkspaces()).contains(leaving.teamId()).doesNotContain(staying.teamId());

        assertThat(tables.rowsOf(leaving.teamId())).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(tables.rowsOf(staying.teamId())).isEqualTo(stayingBefore);
        assertThat(people.count(staying.teamId())).isEqualTo(1);
        assertThat(installations.botToken(staying.teamId(), null)).contains(staying.botToken());
        assertThat(installations.pendingDeletion(leaving.teamId())).isEmpty();
    }

    @Test
    void installingAgainWithinTheGracePeriodKeepsTheData() {
        Tenant tenant = Tenant.workspace("T0RETURNS", "Returning", "U0RETURNS");
        browser.install(tenant);
        createData(tenant.teamId());
        slack.installationEvent(tenant.teamId(), null, "Ev0RETURN1", "{\"type\":\"app_uninstalled\"}");
        clock.advance(Duration.ofDays(3));

        SlackApiStub.reset();
        browser.install(tenant);
        clock.advance(GRACE);

        assertThat(installations.pendingDeletion(tenant.teamId())).isEmpty();
        assertThat(deletionJob.deleteDueWorkspaces()).doesNotContain(tenant.teamId());
        assertThat(people.count(tenant.teamId())).isEqualTo(1);
    }

    private void createData(String teamId) {
        people.register(teamId, new TechnicianProfile("U0TECH" + teamId.substring(5), "Chemistry", "Laboratory", null));
        roles.grant(teamId, "U0LEAD" + teamId.substring(5), Role.LEAD, "U0ADMIN01");
        outbox.enqueue(OutboundMessage.post(teamId, "test:" + teamId + ":post", "C0GENERAL1", "Hello " + teamId, null));
        audit.record(teamId, "U0ADMIN01", "role.add", "U0LEAD" + teamId.substring(5), "made a lead");
    }
}
