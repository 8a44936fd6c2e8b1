package org.techvoice.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.techvoice.RequestTraffic;
import org.techvoice.support.MutableClock;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Socket Mode end to end: the app opens a connection with the app-level token, receives a slash command
 * envelope over the WebSocket and acknowledges it with the help blocks, all without a public URL.
 */
@SlackAppTest
@DirtiesContext // its Socket Mode client must not outlive the fake server
class SocketModeTest {

    private static final String APP_TOKEN = "xapp-1-A0TECHVOICE-0000-fake";
    private static final FakeSocketModeServer socketServer = FakeSocketModeServer.launch();

    @DynamicPropertySource
    static void socketMode(DynamicPropertyRegistry registry) {
        SlackApiStub.reset();
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/apps.connections.open"))
                .willReturn(SlackApiStub.okJson("{\"ok\":true,\"url\":\"ws://127.0.0.1:" + socketServer.getPort() + "/link/?ticket=t1\"}")));
        registry.add("techvoice.slack.app-token", () -> APP_TOKEN);
    }

    private static WebSocket connection;

    @Autowired
    RequestTraffic traffic;

    @Autowired
    MutableClock clock;

    /** The app's one connection, opened when its context started. */
    private static synchronized WebSocket connection() throws InterruptedException {
        if (connection == null) {
            connection = socketServer.awaitConnection();
        }
        return connection;
    }

    @Test
    void aSlashCommandArrivesOverTheSocketAndIsAcknowledgedWithHelp() throws Exception {
        SlackApiStub.server().verify(postRequestedFor(urlPathEqualTo("/api/apps.connections.open"))
                .withHeader("Authorization", equalTo("Bearer " + APP_TOKEN)));
        WebSocket connection = connection();

        connection.send(slashCommand(1, "help"));

        String reply = socketServer.replies.poll(10, TimeUnit.SECONDS);
        assertThat(reply).isNotNull();
        JsonNode ack = SlackJson.parse(reply);
        assertThat(ack.path("envelope_id").asText()).isEqualTo("env-0001");
        assertThat(SlackJson.texts(ack.path("payload"))).contains("TechVoice: /tc commands");
    }

    /**
     * A request over the socket counts as Slack traffic while it is answered, as an HTTP one does, so the embedding job
     * waits for it ({@link RequestTraffic}). Slack is made slow to open the modal {@code /tc log} asks for, so the
     * answer takes over a second.
     */
    @Test
    void aRequestOverTheSocketIsTrafficWhileItIsAnswered() throws Exception {
        WebSocket connection = connection();
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/views.open"))
                .willReturn(SlackApiStub.okJson("{\"ok\":true}").withFixedDelay(1_500)));
        clock.advance(RequestTraffic.QUIET_AFTER.multipliedBy(2)); // whatever was answered before is over
        assertThat(traffic.busy()).isFalse();

        connection.send(slashCommand(2, "log"));

        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).until(traffic::busy);
        String reply = socketServer.replies.poll(10, TimeUnit.SECONDS);
        assertThat(SlackJson.parse(reply).path("envelope_id").asText()).isEqualTo("env-0002");
    }

    /** A {@code /tc <text>} envelope as Slack sends it over the socket, its id {@code env-000<n>}. */
    private static String slashCommand(int n, String text) {
        return """
                {"envelope_id":"env-000%d","type":"slash_commands","accepts_response_payload":true,"payload":{
                "token":"legacy","team_id":"T0TEST001","team_domain":"uni","channel_id":"C0GENERAL1","channel_name":"general",
                "user_id":"U0TECH001","user_name":"tech","command":"/tc","text":"%s","api_app_id":"A0TECHVOICE",
                "is_enterprise_install":"false","response_url":"https://hooks.slack.com/commands/T0TEST001/%d/abc",
                "trigger_id":"13345224609.738474920.8088930838d88f008e%d"}}""".formatted(n, text, n, n);
    }

    /** Plays Slack's side of a Socket Mode connection: says hello, then relays what the test sends. */
    static final class FakeSocketModeServer extends WebSocketServer {

        final BlockingQueue<WebSocket> connections = new LinkedBlockingQueue<>();
        final BlockingQueue<String> replies = new LinkedBlockingQueue<>();

        private FakeSocketModeServer() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        static FakeSocketModeServer launch() {
            FakeSocketModeServer server = new FakeSocketModeServer();
            server.start();
            // stopped with the JVM: stopping it before the app's context closes would only make the client reconnect
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.stop(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            await().atMost(Duration.ofSeconds(5)).until(() -> server.getPort() > 0);
            return server;
        }

        WebSocket awaitConnection() throws InterruptedException {
            WebSocket connection = connections.poll(10, TimeUnit.SECONDS);
            assertThat(connection).as("the app connected over Socket Mode").isNotNull();
            return connection;
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"test\"},"
                    + "\"connection_info\":{\"app_id\":\"A0TECHVOICE\"}}");
            connections.add(conn);
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            replies.add(message);
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
        }

        @Override
        public void onStart() {
        }
    }
}
