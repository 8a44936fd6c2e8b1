package org.techvoice.people;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.techvoice.support.SlackTestClient.OTHER_TEAM;
import static org.techvoice.support.SlackTestClient.TEAM;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techvoice.audit.AuditLog;
import org.techvoice.audit.AuditRecord;
import org.techvoice.people.slack.RoleRefusals;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;

/** {@code /tc role}: who may change roles, what every odd input gets, and that teams never mix. */
@SlackAppTest
class RoleCommandsTest {

    static final String ADMIN = "U0ADMIN01";

    @LocalServerPort
    int port;

    @Autowired
    RoleService roles;

    @Autowired
    AuditLog audit;

    SlackTestClient slack;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        slack = new SlackTestClient(port);
    }

    private String tc(String team, String user, String text) {
        HttpResponse<String> response = slack.slashCommand(team, user, "/tc", text);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SlackJson.parse(response.body()).path("response_type").asText()).isEqualTo("ephemeral");
        return SlackJson.allText(response.body());
    }

    @Test
    void anAdminAppointsAndRemovesALead() {
        SlackApiStub.stubUser("U0RLEAD01", false, false, false);

        assertThat(tc(TEAM, ADMIN, "role add lead <@U0RLEAD01|priya>")).contains("<@U0RLEAD01> is now a lead");
        assertThat(roles.holders(TEAM, Role.LEAD)).contains("U0RLEAD01");
        assertThat(roles.hasRole(TEAM, "U0RLEAD01", Role.LEAD)).isTrue();
        assertThat(tc(TEAM, ADMIN, "role list")).contains("*Leads:* ").contains("<@U0RLEAD01>").contains("<@U0ADMIN01> (TECHVOICE_ADMINS)");

        assertThat(tc(TEAM, ADMIN, "role remove lead <@U0RLEAD01>")).contains("<@U0RLEAD01> is no longer a lead");
        assertThat(roles.holders(TEAM, Role.LEAD)).doesNotContain("U0RLEAD01");

        var entries = audit.latest(TEAM, 40).stream().filter(e -> "U0RLEAD01".equals(e.subjectUserId())).toList();
        assertThat(entries).extracting(AuditRecord::action).containsExactly("role.revoke", "role.grant");
        assertThat(entries).extracting(AuditRecord::actorUserId).containsOnly(ADMIN);
    }

    @Test
    void theSameRoleTwiceAndRemovingARoleNotHeldAreFriendlyNoOps() {
        SlackApiStub.stubUser("U0RCHAMP1", false, false, false);
        tc(TEAM, ADMIN, "role add champion <@U0RCHAMP1>");

        assertThat(tc(TEAM, ADMIN, "role add champion <@U0RCHAMP1>")).contains("already a technician champion")
                .contains("nothing changed");
        assertThat(tc(TEAM, ADMIN, "role remove lead <@U0RCHAMP1>")).contains("isn't a lead")
                .contains("nothing to remove");
        assertThat(roles.holders(TEAM, Role.CHAMPION)).containsOnlyOnce("U0RCHAMP1");
    }

    @Test
    void oddInputsGetFriendlyAnswersAndChangeNothing() {
        SlackApiStub.stubUser("U0RBOT001", false, true, false);
        SlackApiStub.stubUser("U0RGONE01", false, false, true);
        SlackApiStub.stubUnknownUser("U0RNOONE1");
        long before = roles.holders(TEAM, Role.LEAD).size();

        assertThat(tc(TEAM, ADMIN, "role add lead")).contains("Please mention the person with @");
        assertThat(tc(TEAM, ADMIN, "role add lead <#C0GENERAL1|general>")).contains("That is a channel");
        assertThat(tc(TEAM, ADMIN, "role add lead <!here>")).contains("name a crowd");
        assertThat(tc(TEAM, ADMIN, "role add lead <!subteam^S0TECHS|@technicians>")).contains("That is a user group");
        assertThat(tc(TEAM, ADMIN, "role add lead @bob")).contains("I couldn't find a mention");
        assertThat(tc(TEAM, ADMIN, "role add lead <@U0RBOT001> <@U0RGONE01>")).contains("one person at a time");
        assertThat(tc(TEAM, ADMIN, "role add boss <@U0RBOT001>")).contains("\"boss\" is not a role I know")
                .contains("`lead` and `champion`");
        assertThat(tc(TEAM, ADMIN, "role add")).contains("Which role?");
        assertThat(tc(TEAM, ADMIN, "role add admin <@U0RBOT001>")).contains("Admins aren't appointed with `/tc role`");
        assertThat(tc(TEAM, ADMIN, "role add lead <@U0RBOT001>")).contains("is a bot or a deactivated account");
        assertThat(tc(TEAM, ADMIN, "role add lead <@U0RGONE01>")).contains("is a bot or a deactivated account");
        assertThat(tc(TEAM, ADMIN, "role add lead <@U0RNOONE1>")).contains("I can't find <@U0RNOONE1>");
        assertThat(tc(TEAM, ADMIN, "role")).contains("/tc role add lead @person");
        assertThat(tc(TEAM, ADMIN, "role promote <@U0RBOT001>")).contains("I don't know `/tc role promote`");

        assertThat(roles.holders(TEAM, Role.LEAD)).hasSize((int) before);
    }

    @Test
    void whenSlackCannotConfirmThePersonNothingChanges() {
        // users.info unstubbed: WireMock answers 404, as an outage would
        assertThat(tc(TEAM, ADMIN, "role add lead <@U0RMAYBE1>")).contains("couldn't check <@U0RMAYBE1> with Slack");
        assertThat(roles.holders(TEAM, Role.LEAD)).doesNotContain("U0RMAYBE1");
    }

    @Test
    void onlyAdminsChangeRolesAndTheRefusalNamesThem() {
        SlackApiStub.stubUser("U0RTARGET", false, false, false);
        SlackApiStub.stubUser("U0RPLAIN1", false, false, false);
        SlackApiStub.stubUser("U0RLEAD02", false, false, false);
        SlackApiStub.stubUser("U0RCHAMP2", false, false, false);
        tc(TEAM, ADMIN, "role add lead <@U0RLEAD02>");
        tc(TEAM, ADMIN, "role add champion <@U0RCHAMP2>");

        for (String notAdmin : new String[] {"U0RPLAIN1", "U0RLEAD02", "U0RCHAMP2"}) {
            String add = tc(TEAM, notAdmin, "role add lead <@U0RTARGET>");
            assertThat(add).as(notAdmin).contains("Only TechVoice admins can change roles").contains("<@U0ADMIN01>")
                    .contains("workspace owner or admin");
            assertThat(tc(TEAM, notAdmin, "role remove lead <@U0RLEAD02>")).as(notAdmin).contains("Only TechVoice admins");
            // everyone may see who to ask
            assertThat(tc(TEAM, notAdmin, "role list")).as(notAdmin).contains("<@U0RLEAD02>").contains("<@U0RCHAMP2>");
        }
        assertThat(roles.holders(TEAM, Role.LEAD)).doesNotContain("U0RTARGET").contains("U0RLEAD02");
    }

    @Test
    void aWorkspaceAdminPerUsersInfoIsATechVoiceAdminAndSlackIsAskedOncePerMinute() {
        SlackApiStub.stubUser("U0WSADMIN", true, false, false);
        SlackApiStub.stubUser("U0RNEWLD1", false, false, false);
        SlackApiStub.stubUser("U0RNEWCH1", false, false, false);

        assertThat(tc(TEAM, "U0WSADMIN", "role add lead <@U0RNEWLD1>")).contains("is now a lead");
        assertThat(tc(TEAM, "U0WSADMIN", "role add champion <@U0RNEWCH1>")).contains("is now a technician champion");

        assertThat(roles.hasRole(TEAM, "U0WSADMIN", Role.ADMIN)).isTrue();
        long asked = SlackApiStub.server().findAll(postRequestedFor(urlPathEqualTo("/api/users.info"))).stream()
                .filter(r -> r.getBodyAsString().contains("user=U0WSADMIN")).count();
        assertThat(asked).isEqualTo(1);
    }

    @Test
    void anInstallerRecordedAsAdminMayChangeRolesAndIsNamedInRefusals() {
        SlackApiStub.stubUser("U0INSTALL", false, false, false);
        SlackApiStub.stubUser("U0RPLAIN2", false, false, false);
        roles.grant(TEAM, "U0INSTALL", Role.ADMIN, "U0INSTALL");

        assertThat(tc(TEAM, "U0INSTALL", "role add champion <@U0RPLAIN2>")).contains("is now a technician champion");
        assertThat(tc(TEAM, "U0RPLAIN2", "role add lead <@U0RPLAIN2>")).contains("<@U0INSTALL>").contains("<@U0ADMIN01>");
    }

    @Test
    void refusalNamesLeadsOrChampionsForTheirPowersAndSaysHowToAppointWhenNone() {
        String team = "T0REFUSAL";
        assertThat(RoleRefusals.text(roles.whoCan(team, Role.LEAD), "pull a draft"))
                .isEqualTo("Only TechVoice leads and admins can pull a draft. There is no lead yet: ask an admin "
                        + "(<@U0ADMIN01> or any workspace owner or admin), who can also appoint one with `/tc role add lead @person`.");
        roles.grant(team, "U0LEADX01", Role.LEAD, ADMIN);
        roles.grant(team, "U0CHAMPX1", Role.CHAMPION, ADMIN);
        assertThat(RoleRefusals.text(roles.whoCan(team, Role.LEAD), "pull a draft"))
                .isEqualTo("Only TechVoice leads and admins can pull a draft. Ask a lead (<@U0LEADX01>) or an admin "
                        + "(<@U0ADMIN01> or any workspace owner or admin).");
        assertThat(RoleRefusals.text(roles.whoCan(team, Role.CHAMPION), "celebrate on behalf of someone else"))
                .contains("Only TechVoice technician champions and admins").contains("<@U0CHAMPX1>").doesNotContain("U0LEADX01");
    }

    @Test
    void anotherTeamNeverSeesThisTeamsRoles() {
        SlackApiStub.stubUser("U0RSECRET", false, false, false);
        tc(TEAM, ADMIN, "role add lead <@U0RSECRET>");

        assertThat(tc(OTHER_TEAM, ADMIN, "role list")).doesNotContain("U0RSECRET").contains("*Leads:* none yet");
        assertThat(roles.hasRole(OTHER_TEAM, "U0RSECRET", Role.LEAD)).isFalse();
        assertThat(tc(OTHER_TEAM, ADMIN, "role remove lead <@U0RSECRET>")).contains("isn't a lead");
        assertThat(roles.holders(TEAM, Role.LEAD)).contains("U0RSECRET");
    }
}
