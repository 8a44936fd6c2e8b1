package org.techvoice.draft;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.profile.ProfileService;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.slack.DateMarkup;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code /tc draft canvas}: the draft's Markdown as a Slack canvas shared with the lead, or a friendly word when canvases are off. */
@SlackAppTest
class DraftCanvasTest {

    static final String ADMIN = "U0ADMIN01";
    static final String TECHNICIAN = "U0TECH0999";
    private static final AtomicInteger teams = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    ProfileService profiles;
    @Autowired
    ActionPlanService actionPlan;
    @Autowired
    RoleService roles;
    @Autowired
    FixtureEvidence evidence;
    @Autowired
    org.techvoice.people.PeopleService people;

    SlackTestClient slack;
    String team;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        slack = new SlackTestClient(port);
        team = "T0CNV" + teams.incrementAndGet();
    }

    @Test
    void canvasIsCreatedFromTheMarkdownSharedWithTheLeadAndLinkedByDm() throws Exception {
        FixtureInstitution.seed(team, evidence, people, profiles, actionPlan);
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/canvases.create"))
                .willReturn(SlackApiStub.okJson("{\"ok\":true,\"canvas_id\":\"F0CANVAS01\"}")));
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/canvases.access.set"))
                .willReturn(SlackApiStub.okJson("{\"ok\":true}")));

        HttpResponse<String> response = slack.slashCommand(team, ADMIN, "/tc", "draft canvas since 2025-01-01");

        assertThat(SlackJson.allText(response.body())).contains("Compiling your self-assessment draft").contains("since 2025-01-01")
                .contains("canvas");
        await().atMost(Duration.ofSeconds(60)).until(() -> SlackApiStub.calls("files.completeUploadExternal").size() == 1
                && SlackApiStub.postsTo("D" + ADMIN).size() == 2);

        List<Map<String, String>> creates = SlackApiStub.calls("canvases.create");
        assertThat(creates).hasSize(1);
        assertThat(creates.get(0).get("title"))
                .isEqualTo("Technician Commitment self-assessment draft — University of Fixtures — " + DateMarkup.day(LocalDate.now()));
        JsonNode content = new ObjectMapper().readTree(creates.get(0).get("document_content"));
        assertThat(content.path("type").asText()).isEqualTo("markdown");
        assertThat(content.path("markdown").asText()).startsWith("# ").contains("## 24-month action plan")
                .contains("University of Fixtures").doesNotContain("![");

        List<Map<String, String>> access = SlackApiStub.calls("canvases.access.set");
        assertThat(access).hasSize(1);
        assertThat(access.get(0).get("canvas_id")).isEqualTo("F0CANVAS01");
        assertThat(access.get(0).get("access_level")).isEqualTo("write");
        assertThat(access.get(0).get("user_ids")).contains(ADMIN);

        assertThat(SlackApiStub.postsTo("D" + ADMIN)).extracting(call -> call.get("text"))
                .anySatisfy(text -> assertThat(text).contains("also a Slack canvas")
                        .contains("https://uni.slack.com/docs/" + team + "/F0CANVAS01"));
        assertThat(SlackApiStub.calls("files.getUploadURLExternal")).hasSize(2);
    }

    @Test
    void aFailedShareIsRetriedWithoutMakingASecondCanvas() {
        FixtureInstitution.seed(team, evidence, people, profiles, actionPlan);
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/canvases.create"))
                .willReturn(SlackApiStub.okJson("{\"ok\":true,\"canvas_id\":\"F0CANVAS02\"}")));
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/canvases.access.set")).inScenario("share")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(SlackApiStub.okJson("{\"ok\":false,\"error\":\"internal_error\"}")).willSetStateTo("recovered"));
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/canvases.access.set")).inScenario("share")
                .whenScenarioStateIs("recovered").willReturn(SlackApiStub.okJson("{\"ok\":true}")));

        slack.slashCommand(team, ADMIN, "/tc", "draft canvas");

        await().atMost(Duration.ofSeconds(60)).until(() -> SlackApiStub.postsTo("D" + ADMIN).stream()
                .anyMatch(call -> call.get("text").contains("F0CANVAS02")));
        assertThat(SlackApiStub.calls("canvases.access.set")).hasSize(2);
        assertThat(SlackApiStub.calls("canvases.create")).hasSize(1);
    }

    @Test
    void whenTheWorkspaceHasNoCanvasesTheLeadIsToldKindlyAndStillGetsTheFiles() {
        FixtureInstitution.seed(team, evidence, people, profiles, actionPlan);
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/canvases.create"))
                .willReturn(SlackApiStub.okJson("{\"ok\":false,\"error\":\"canvas_disabled_user_team\"}")));

        slack.slashCommand(team, ADMIN, "/tc", "draft canvas");

        await().atMost(Duration.ofSeconds(60)).until(() -> SlackApiStub.calls("files.completeUploadExternal").size() == 1
                && SlackApiStub.postsTo("D" + ADMIN).size() == 2);
        assertThat(SlackApiStub.calls("canvases.create")).hasSize(1);
        assertThat(SlackApiStub.calls("canvases.access.set")).isEmpty();
        List<String> texts = SlackApiStub.postsTo("D" + ADMIN).stream().map(call -> call.get("text")).toList();
        assertThat(texts).anySatisfy(text -> assertThat(text).contains("canvases aren't available in this workspace")
                .contains("canvas_disabled_user_team").contains("Word and Markdown files"));
        assertThat(texts).noneSatisfy(text -> assertThat(text).contains("also a Slack canvas"));
        assertThat(SlackApiStub.calls("files.getUploadURLExternal")).extracting(call -> call.get("filename"))
                .anySatisfy(name -> assertThat(name).endsWith(".docx")).anySatisfy(name -> assertThat(name).endsWith(".md"));
    }

    @Test
    void aNonLeadIsRefusedAndNoCanvasIsMade() {
        roles.grant(team, "U0LEAD001", Role.LEAD, ADMIN);

        HttpResponse<String> response = slack.slashCommand(team, TECHNICIAN, "/tc", "draft canvas");

        assertThat(SlackJson.allText(response.body())).contains("U0LEAD001").doesNotContain("Compiling");
        assertThat(SlackApiStub.calls("canvases.create")).isEmpty();
    }

    @Test
    void badDatesAfterCanvasGetTheSameFriendlyAnswers() {
        assertThat(SlackJson.allText(slack.slashCommand(team, ADMIN, "/tc", "draft canvas since 2025-13-45").body()))
                .contains("I can't read that date").contains("/tc draft since 2025-01-01");
        assertThat(SlackJson.allText(slack.slashCommand(team, ADMIN, "/tc", "draft canvas since").body())).contains("Since when?");
        assertThat(SlackJson.allText(slack.slashCommand(team, ADMIN, "/tc", "draft canvas please now").body()))
                .contains("/tc draft canvas since 2025-01-01");
        assertThat(SlackApiStub.calls("canvases.create")).isEmpty();
    }
}
