package org.techvoice.surveys.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackTestClient;
import org.techvoice.surveys.SurveyDirectory.Member;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;

/** Who a survey's audience are: users.list in bulk for a big audience, users.info for a small one and the rest. */
class SlackSurveyDirectoryTest {

    private static final String TEAM = SlackTestClient.TEAM;

    private Slack slack;
    private SlackSurveyDirectory directory;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(SlackApiStub.apiUrl() + "/");
        slack = Slack.getInstance(config);
        directory = new SlackSurveyDirectory(slack, (team, enterprise) -> Optional.of(SlackApiStub.BOT_TOKEN));
    }

    @AfterEach
    void tearDown() throws Exception {
        slack.close();
    }

    @Test
    void aBigAudienceIsLookedUpWithAFewPagesOfUsersListNotACallPerPerson() {
        // the workspace: 450 people over three pages, among them a bot and a deactivated account
        List<String> workspace = IntStream.range(0, 450).mapToObj(SlackSurveyDirectoryTest::user).toList();
        stubUsersListPage(null, workspace.subList(0, 200), "page2");
        stubUsersListPage("page2", workspace.subList(200, 400), "page3");
        stubUsersListPage("page3", workspace.subList(400, 450), "");
        // the audience: 300 of them, plus someone from another workspace in a shared channel, whom users.list never shows
        List<String> audience = new ArrayList<>(workspace.subList(100, 400));
        audience.add("U0GUEST001");
        SlackApiStub.stubUser("U0GUEST001", false, false, false);

        List<Member> members = directory.members(TEAM, audience);

        assertThat(members).extracting(Member::userId).containsExactlyElementsOf(audience);
        assertThat(members.get(0).timeZone()).isEqualTo("Europe/London");
        assertThat(members.stream().filter(member -> !member.human()).map(Member::userId))
                .containsExactlyInAnyOrder(user(150), user(250));
        assertThat(SlackApiStub.calls("users.list")).hasSize(2).allMatch(call -> "200".equals(call.get("limit")));
        assertThat(SlackApiStub.calls("users.info")).extracting(call -> call.get("user")).containsExactly("U0GUEST001");
    }

    @Test
    void aRateLimitedPageIsAskedForAgainAfterRetryAfter() {
        List<String> workspace = IntStream.range(0, 150).mapToObj(SlackSurveyDirectoryTest::user).toList();
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/users.list")).atPriority(1).inScenario("limited")
                .whenScenarioStateIs(STARTED).willSetStateTo("answered")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        stubUsersListPage(null, workspace, "");

        List<Member> members = directory.members(TEAM, workspace);

        assertThat(members).hasSize(150);
        assertThat(SlackApiStub.calls("users.list")).hasSize(2);
        assertThat(SlackApiStub.calls("users.info")).isEmpty();
    }

    @Test
    void aSmallAudienceIsLookedUpPersonByPerson() {
        List<String> audience = IntStream.range(0, 3).mapToObj(SlackSurveyDirectoryTest::user).toList();
        audience.forEach(id -> SlackApiStub.stubUser(id, false, false, false));
        SlackApiStub.stubUnknownUser("U0NOBODY01");
        List<String> asked = new ArrayList<>(audience);
        asked.add("U0NOBODY01");

        assertThat(directory.members(TEAM, asked)).extracting(Member::userId).containsExactlyElementsOf(audience);
        assertThat(SlackApiStub.calls("users.list")).isEmpty();
        assertThat(SlackApiStub.calls("users.info")).hasSize(4);
    }

    private static void stubUsersListPage(String cursor, List<String> ids, String nextCursor) {
        String members = ids.stream().map(id -> """
                {"id":"%s","team_id":"%s","name":"%s","deleted":%s,"is_bot":%s,"is_app_user":false,"tz":"Europe/London"}"""
                .formatted(id, TEAM, id.toLowerCase(), id.equals(user(250)), id.equals(user(150))))
                .collect(Collectors.joining(","));
        var request = post(urlPathEqualTo("/api/users.list")).atPriority(5);
        if (cursor != null) {
            request = post(urlPathEqualTo("/api/users.list")).atPriority(2).withRequestBody(containing("cursor=" + cursor));
        }
        SlackApiStub.server().stubFor(request.willReturn(SlackApiStub.okJson("""
                {"ok":true,"members":[%s],"response_metadata":{"next_cursor":"%s"}}""".formatted(members, nextCursor))));
    }

    private static String user(int i) {
        return "U0PERSON%03d".formatted(i);
    }
}
