package org.techvoice.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techvoice.support.SlackTestClient.OTHER_TEAM;
import static org.techvoice.support.SlackTestClient.TEAM;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;

/** {@code /tc audit}: admins see the latest actions of their own workspace, nobody else sees any. */
@SlackAppTest
class AuditCommandTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    @Autowired
    RoleService roles;

    SlackTestClient slack;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        slack = new SlackTestClient(port);
    }

    private String tc(String team, String user, String text) {
        return SlackJson.allText(slack.slashCommand(team, user, "/tc", text).body());
    }

    @Test
    void adminsSeeTheLatestEntriesNewestFirstOfTheirOwnWorkspaceOnly() {
        audit.record(TEAM, "U0AUDLEAD", "draft.pull", "pulled the Recognition draft");
        audit.record(TEAM, "U0ADMIN01", "role.grant", "U0AUDCHMP", "granted technician champion <b>");
        audit.record(OTHER_TEAM, "U0OTHERLD", "draft.pull", "pulled the other university's draft");

        String shown = tc(TEAM, "U0ADMIN01", "audit");

        // each admin sees the time in their own zone: Slack's date markup, with a readable UTC fallback
        assertThat(shown).containsPattern("• <!date\\^\\d+\\^\\{date_short_pretty\\} at \\{time\\}\\|\\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} UTC> <@")
                .doesNotContainPattern("`\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC`");
        assertThat(shown).contains("*Audit log*").contains("<@U0AUDLEAD> *draft.pull*: pulled the Recognition draft")
                .contains("<@U0ADMIN01> *role.grant* <@U0AUDCHMP>: granted technician champion &lt;b&gt;")
                .doesNotContain("other university").doesNotContain("U0OTHERLD");
        assertThat(shown.indexOf("role.grant")).isLessThan(shown.indexOf("pulled the Recognition draft"));

        String one = tc(TEAM, "U0ADMIN01", "audit 1");
        assertThat(one).contains("latest 1,").doesNotContain("pulled the Recognition draft");
    }

    @Test
    void nonAdminsAreRefusedWithTheAdminsNamed() {
        SlackApiStub.stubUser("U0AUDLD01", false, false, false);
        SlackApiStub.stubUser("U0AUDCH01", false, false, false);
        SlackApiStub.stubUser("U0AUDPL01", false, false, false);
        roles.grant(TEAM, "U0AUDLD01", Role.LEAD, "U0ADMIN01");
        roles.grant(TEAM, "U0AUDCH01", Role.CHAMPION, "U0ADMIN01");
        audit.record(TEAM, "U0AUDLD01", "draft.pull", "secret detail");

        for (String user : new String[] {"U0AUDLD01", "U0AUDCH01", "U0AUDPL01"}) {
            assertThat(tc(TEAM, user, "audit")).as(user).contains("Only TechVoice admins can see the audit log")
                    .contains("<@U0ADMIN01>").doesNotContain("secret detail");
        }
    }

    @Test
    void oddCountsAreExplained() {
        for (String odd : new String[] {"audit lots", "audit 0", "audit 41", "audit -3"}) {
            assertThat(tc(TEAM, "U0ADMIN01", odd)).as(odd).contains("Say how many entries to show, from 1 to 40");
        }
    }

    @Test
    void anEmptyLogSaysSo() {
        assertThat(tc("T0EMPTYAU", "U0ADMIN01", "audit")).contains("The audit log is empty");
    }
}
