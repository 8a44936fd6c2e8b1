package org.techvoice.journeys;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackPayloads;
import org.techvoice.support.SlackTestClient;

/**
 * Two institutions, and one person who belongs to both (an Enterprise Grid user keeps one user id across the
 * org's workspaces): nothing either workspace gathered ever shows in the other's commands, exports or draft.
 */
@SlackAppTest
class WorkspaceIsolationJourneyTest {

    static final String ALPHA = "T0ISOALPH";
    static final String BRAVO = "T0ISOBRAV";
    static final String SHARED = "U0SHARED1";
    static final String ADMIN = "U0ADMIN01";

    @LocalServerPort
    int port;

    SlackTestClient slack;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        SlackPayloads.stubInteractions();
        slack = new SlackTestClient(port);
        for (String team : List.of(ALPHA, BRAVO)) {
            for (String user : List.of(SHARED, ADMIN)) {
                SlackPayloads.stubUser(user, team, false, false);
            }
        }
    }

    @Test
    void nothingGatheredInOneWorkspaceShowsInTheOther() {
        slack.slashCommand(ALPHA, SHARED, "/tc", "log Alphaville outreach open day for local schools");
        slack.slashCommand(ALPHA, SHARED, "/tc", "voice Alphaville needs protected time for CPD");
        slack.slashCommand(BRAVO, SHARED, "/tc", "log Bravotown apprenticeship scheme launched with two apprentices");

        String mine = SlackJson.allText(slack.slashCommand(BRAVO, SHARED, "/tc", "mine").body());
        assertThat(mine).contains("Bravotown").doesNotContain("Alphaville");

        String export = uploadedAfter(() -> slack.slashCommand(BRAVO, SHARED, "/tc", "my-data"));
        assertThat(export).contains("Bravotown").doesNotContain("Alphaville");

        String draft = uploadedAfter(() -> slack.slashCommand(BRAVO, ADMIN, "/tc", "draft"));
        assertThat(draft).contains("Bravotown").doesNotContain("Alphaville");

        String alphaDraft = uploadedAfter(() -> slack.slashCommand(ALPHA, ADMIN, "/tc", "draft"));
        assertThat(alphaDraft).contains("Alphaville").doesNotContain("Bravotown");
    }

    /** Everything uploaded to Slack (file bodies) as a result of one command. */
    private String uploadedAfter(Runnable command) {
        SlackApiStub.reset();
        SlackPayloads.stubInteractions();
        command.run();
        await().atMost(Duration.ofSeconds(60)).until(() -> SlackApiStub.calls("files.completeUploadExternal").size() == 1);
        return SlackApiStub.server().findAll(postRequestedFor(urlPathMatching("/upload/.*"))).stream()
                .map(request -> request.getBodyAsString()).collect(Collectors.joining("\n"));
    }
}
