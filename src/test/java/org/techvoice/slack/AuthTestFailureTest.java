package org.techvoice.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;

import com.github.tomakehurst.wiremock.http.Fault;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/**
 * When Slack rejects the bot token or cannot be reached, users get a clear answer and nothing runs.
 *
 * <p>Without a Spring context: the app confirms its token before readiness ({@link SlackRequestWarmUp}), so a shared
 * context has always confirmed it; this drives the authorisation as {@link BoltConfiguration} builds it, against the
 * stand-in Slack.
 */
class AuthTestFailureTest {

    private final List<String> servedTeams = new ArrayList<>();
    private final List<Request<?>> passedOn = new ArrayList<>();

    @AfterEach
    void restoreStub() {
        SlackApiStub.reset();
    }

    /** One ordered story, because a successful auth.test is remembered for the authorisation's life. */
    @Test
    void slackFailingIsExplainedAndRecoveryNeedsNoRestart() throws Exception {
        SingleWorkspaceAuthorization authorization = authorizationAsBuiltByTheApp();
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/auth.test"))
                .willReturn(SlackApiStub.okJson("{\"ok\":true}").withFixedDelay(10_000)));

        long started = System.nanoTime();
        Response slow = authorization.apply(command(), new Response(), this::passOn);
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        // Slack gives up after three seconds; the answer must come well before that, and say what happened
        assertThat(tookMillis).isLessThan(2_800);
        assertThat(SlackJson.allText(slow.getBody())).contains("can't confirm its Slack connection");

        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/auth.test"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Response event = authorization.apply(event(), new Response(), this::passOn);
        Response unreachable = authorization.apply(command(), new Response(), this::passOn);

        assertThat(event.getStatusCode()).isEqualTo(503);
        assertThat(unreachable.getStatusCode()).isEqualTo(200);
        assertThat(SlackJson.allText(unreachable.getBody())).contains("can't confirm its Slack connection");
        assertThat(authorization.confirm()).isFalse();

        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/auth.test"))
                .willReturn(SlackApiStub.okJson("{\"ok\":false,\"error\":\"invalid_auth\"}")));
        Response rejected = authorization.apply(command(), new Response(), this::passOn);

        assertThat(SlackJson.allText(rejected.getBody())).contains("can't confirm its Slack connection");
        assertThat(passedOn).isEmpty();
        assertThat(servedTeams).isEmpty();

        SlackApiStub.reset();
        Response recovered = authorization.apply(command(), new Response(), this::passOn);

        assertThat(recovered.getStatusCode()).isEqualTo(200);
        assertThat(recovered.getBody()).isEqualTo("passed on");
        assertThat(passedOn).hasSize(1);
        assertThat(passedOn.get(0).getContext().getBotToken()).isEqualTo(SlackApiStub.BOT_TOKEN);
        assertThat(passedOn.get(0).getContext().getBotUserId()).isEqualTo(SlackApiStub.BOT_USER);
        assertThat(servedTeams).containsExactly(SlackTestClient.TEAM);

        // remembered: the warm-up's confirm() and later requests do not call Slack again
        int calls = SlackApiStub.calls("auth.test").size();
        assertThat(authorization.confirm()).isTrue();
        authorization.apply(command(), new Response(), this::passOn);
        assertThat(SlackApiStub.calls("auth.test")).hasSize(calls);
    }

    private SingleWorkspaceAuthorization authorizationAsBuiltByTheApp() {
        SlackConfig quick = new SlackConfig();
        quick.setMethodsEndpointUrlPrefix(SlackApiStub.server().baseUrl() + "/api/");
        quick.setStatsEnabled(false);
        quick.setHttpClientCallTimeoutMillis(BoltConfiguration.AUTH_TEST_TIMEOUT_MILLIS);
        return new SingleWorkspaceAuthorization(SlackApiStub.BOT_TOKEN, Slack.getInstance(quick).methods(), servedTeams::add);
    }

    private Response passOn(Request<?> request) {
        passedOn.add(request);
        return Response.builder().statusCode(200).body("passed on").build();
    }

    private static SlashCommandRequest command() {
        return new SlashCommandRequest("team_id=" + SlackTestClient.TEAM + "&user_id=U0TECH001&command=%2Ftc&text=help"
                + "&channel_id=C0GENERAL1&trigger_id=1.2.3", headers());
    }

    private static EventRequest event() {
        return new EventRequest("""
                {"type":"event_callback","team_id":"%s","api_app_id":"A0TECHVOICE","event_id":"Ev0FAIL01","event_time":1700000000,\
                "event":{"type":"app_home_opened","user":"U0TECH001","channel":"D0DM00001","tab":"home","event_ts":"1700000000.000100"}}"""
                .formatted(SlackTestClient.TEAM), headers());
    }

    private static RequestHeaders headers() {
        return new RequestHeaders(Map.of("Content-Type", List.of("application/x-www-form-urlencoded")));
    }
}
