package org.techvoice.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techvoice.installations.Installations;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackTestClient;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** Single-workspace mode: an uninstall schedules the data's deletion too, and a confirmed token cancels it. */
@SlackAppTest
class SingleWorkspaceUninstallTest {

    @LocalServerPort
    int port;

    @Autowired
    Installations installations;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
    }

    @Test
    void anUninstallSchedulesTheWorkspacesDataForDeletion() {
        HttpResponse<String> response = new SlackTestClient(port)
                .installationEvent("T0SOLOLEFT", null, "Ev0SOLO001", "{\"type\":\"app_uninstalled\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(installations.pendingDeletion("T0SOLOLEFT")).isPresent();
    }

    @Test
    void theTeamOfAConfirmedTokenIsReportedOnceSoItsDataIsKept() throws Exception {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(SlackApiStub.apiUrl() + "/");
        List<String> confirmed = new ArrayList<>();
        SingleWorkspaceAuthorization authorization =
                new SingleWorkspaceAuthorization(SlackApiStub.BOT_TOKEN, Slack.getInstance(config).methods(), confirmed::add);

        for (int i = 0; i < 2; i++) {
            Response response = authorization.apply(command(), new Response(), request -> Response.ok());
            assertThat(response.getStatusCode()).isEqualTo(200);
        }

        assertThat(confirmed).containsExactly(SlackTestClient.TEAM);
    }

    private static SlashCommandRequest command() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("team_id", SlackTestClient.TEAM);
        form.put("user_id", "U0TECH001");
        form.put("command", "/tc");
        form.put("text", "help");
        return new SlashCommandRequest(SlackTestClient.formEncode(form), new RequestHeaders(Map.of()));
    }
}
