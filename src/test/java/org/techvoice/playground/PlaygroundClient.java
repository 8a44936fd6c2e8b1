package org.techvoice.playground;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.techvoice.TechVoiceApplication;
import org.techvoice.support.FreePort;
import org.techvoice.support.TechVoiceInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Starts the app the way a person would (no Slack credentials, a fixed port) and talks to the playground's JSON API. */
final class PlaygroundClient {

    static final ObjectMapper JSON = new ObjectMapper();

    final int port;
    final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PlaygroundClient(int port, ConfigurableApplicationContext context) {
        this.port = port;
        this.context = context;
    }

    /** @param extra further command-line arguments, e.g. {@code --playground} */
    static PlaygroundClient start(String database, String... extra) {
        int port = FreePort.next();
        List<String> args = new ArrayList<>(List.of("--server.port=" + port,
                "--techvoice.playground.database-url=jdbc:h2:mem:" + database
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                // whatever the machine's environment holds, this run has no Slack app
                "--techvoice.slack.signing-secret=", "--techvoice.slack.bot-token=", "--techvoice.slack.app-token=",
                "--techvoice.slack.client-id=", "--techvoice.slack.client-secret=",
                "--spring.main.banner-mode=off"));
        // Slack's pacing held the sample's DMs for seconds while the journeys waited
        args.addAll(TechVoiceInstance.QUICK_OUTBOX);
        args.addAll(List.of(extra));
        return new PlaygroundClient(port, new SpringApplication(TechVoiceApplication.class).run(args.toArray(String[]::new)));
    }

    /** A client for an app started elsewhere (nothing to stop). */
    static PlaygroundClient attach(int port) {
        return new PlaygroundClient(port, null);
    }

    void stop() {
        context.close();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    JsonNode api(String path, Object body) {
        try {
            return JSON.readTree(post("/playground/api/" + path, JSON.writeValueAsString(body)).body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode state(String persona) {
        try {
            return JSON.readTree(get("/playground/api/state?persona=" + persona).body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
