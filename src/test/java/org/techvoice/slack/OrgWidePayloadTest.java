package org.techvoice.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techvoice.support.SlackPayloads.option;
import static org.techvoice.support.SlackPayloads.options;
import static org.techvoice.support.SlackPayloads.textValue;
import static org.techvoice.support.SlackPayloads.viewSubmission;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackPayloads;
import org.techvoice.support.SlackTestClient;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Org-wide installs: a payload may carry {@code "team": null}; the workspace is then the user's own. */
@SlackAppTest
class OrgWidePayloadTest {

    static final String TEAM = "T0ORGWIDE";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    SlackTestClient slack;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        SlackPayloads.stubInteractions();
        slack = new SlackTestClient(port);
    }

    @Test
    void aFormSubmittedWithoutATeamIsStoredUnderTheUsersWorkspace() {
        String submission = viewSubmission(TEAM, "U0ORGWID1", "log_modal", "", Map.of("kind", option("OUTREACH"),
                "text", textValue("Org-wide outreach stand"), "themes", options("multi_static_select", "VISIBILITY")));
        ObjectNode payload = (ObjectNode) SlackJson.parse(submission);
        payload.putNull("team");
        payload.putObject("enterprise").put("id", "E0ORGWIDE").put("name", "Org");

        HttpResponse<String> response = slack.interactive(payload.toString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SlackJson.parse(response.body()).path("response_action").asText()).isEqualTo("update");
        assertThat(jdbc.queryForObject("select count(*) from contribution where team_id = ? and user_id = ?", Integer.class,
                TEAM, "U0ORGWID1")).isOne();
    }
}
