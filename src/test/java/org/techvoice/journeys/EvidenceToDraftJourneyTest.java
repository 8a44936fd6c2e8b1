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
 * The whole point of TechVoice in one story, through the real features rather than fixtures: technicians speak
 * up, log and celebrate in Slack, and the lead's compiled draft carries that evidence, anonymous voice unattributed.
 */
@SlackAppTest
class EvidenceToDraftJourneyTest {

    static final String ADMIN = "U0ADMIN01";
    static final String TEAM = "T0JOURNEY";
    static final String ALEX = "U0ALEXJ01";
    static final String SAM = "U0SAMJ001";

    @LocalServerPort
    int port;

    SlackTestClient slack;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        SlackPayloads.stubInteractions();
        slack = new SlackTestClient(port);
        for (String user : List.of(ALEX, SAM, ADMIN)) {
            SlackPayloads.stubUser(user, TEAM, false, false);
        }
    }

    @Test
    void whatTechniciansGatherInSlackReachesTheLeadsDraft() {
        slack.slashCommand(TEAM, ADMIN, "/tc", "config network <#C0NETJOURN|technicians>");
        String voice = SlackJson.allText(slack.slashCommand(TEAM, SAM, "/tc",
                "voice Could we have protected time for CPD each month?").body());
        assertThat(voice).contains("Career Development");
        String logged = SlackJson.allText(slack.slashCommand(TEAM, ALEX, "/tc",
                "log Ran the school outreach day on microscopy for 60 Year 10 pupils").body());
        assertThat(logged).contains("Visibility");
        slack.slashCommand(TEAM, ALEX, "/tc", "celebrate <@" + ALEX + "|alex> became a Registered Science Technician (RSciTech)");
        await().atMost(Duration.ofSeconds(20)).until(() -> SlackApiStub.postsTo("C0NETJOURN").size() == 1);

        String ack = SlackJson.allText(slack.slashCommand(TEAM, ADMIN, "/tc", "draft").body());
        assertThat(ack).isNotBlank();

        await().atMost(Duration.ofSeconds(60)).until(() -> SlackApiStub.calls("files.completeUploadExternal").size() == 1);
        String uploaded = SlackApiStub.server().findAll(postRequestedFor(urlPathMatching("/upload/.*"))).stream()
                .map(request -> request.getBodyAsString()).collect(Collectors.joining("\n"));
        String markdown = uploaded.substring(uploaded.indexOf("# "));

        assertThat(markdown).contains("protected time for CPD each month")
                .contains("outreach day on microscopy")
                .contains("Registered Science Technician");
        // anonymous voice is never attributed, and no Slack user id leaks into a document meant for the sector
        assertThat(markdown).doesNotContain(SAM).doesNotContain(ALEX).doesNotContain(ADMIN);
    }
}
