package org.techvoice.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.techvoice.TechVoiceApplication;

/**
 * A whole TechVoice in a JVM of its own, on the test class path and this JVM's Slack stand-in ({@link SlackApiStub}),
 * for what one JVM cannot show: a platform charset other than the suite's, or a real kill -9. Its output goes to a
 * log under {@code target/}; {@link #close()} stops it, and so does this JVM's end, should a test die first.
 */
public final class ChildTechVoice implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private ChildTechVoice(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * @param name       names the log, {@code target/<name>-<uuid>.log}
     * @param jvmOptions options for the child JVM beyond the suite's own small-heap, quick-start ones
     * @param settings   {@code --name=value} arguments beyond the port and the Slack stand-in's credentials
     */
    public static ChildTechVoice start(String name, List<String> jvmOptions, String... settings) {
        SlackApiStub.stubAuthTest();
        SlackApiStub.stubDeliveries();
        int port = FreePort.next();
        Path log = Path.of("target", name + "-" + UUID.randomUUID() + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), TechVoiceApplication.class.getName(),
                "--server.port=" + port,
                "--techvoice.slack.signing-secret=" + SlackTestClient.SIGNING_SECRET,
                "--techvoice.slack.bot-token=" + SlackApiStub.BOT_TOKEN,
                "--techvoice.slack.app-token=",
                "--techvoice.slack.api-url=" + SlackApiStub.apiUrl()));
        command.addAll(List.of(settings));
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            return new ChildTechVoice(process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the child JVM", e);
        }
    }

    /** Waits until readiness is UP, failing at once (pointing at the log) if the child stops first. */
    public ChildTechVoice awaitReady(Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(200))
                .failFast("the child TechVoice stopped; see " + log, () -> !process.isAlive())
                .until(this::ready);
        return this;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /** SIGKILL, as a crash or an orchestrator would: nothing of the app's shutdown runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the child TechVoice did not die; see " + log);
        }
    }

    /** A graceful stop, forced after 20 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private boolean ready() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
