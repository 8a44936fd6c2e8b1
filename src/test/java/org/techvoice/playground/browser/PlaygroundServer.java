package org.techvoice.playground.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.techvoice.TechVoiceApplication;

/**
 * TechVoice started the way a lead starts it on a laptop, with {@code --playground}, on a free port (the stand-in's
 * URL needs the real port, so not port 0) and an in-memory database instead of ./data/playground.
 */
final class PlaygroundServer implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final int port;

    private PlaygroundServer(ConfigurableApplicationContext context, int port) {
        this.context = context;
        this.port = port;
    }

    static PlaygroundServer start() throws IOException {
        int port = freePort();
        String database = "jdbc:h2:mem:playground-browser-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        ConfigurableApplicationContext context = SpringApplication.run(TechVoiceApplication.class,
                "--playground",
                "--server.port=" + port,
                "--techvoice.playground.database-url=" + database,
                // deliveries through the outbox retry in milliseconds, so a journey does not wait on back-off
                "--techvoice.outbox.initial-backoff=20ms",
                "--techvoice.outbox.max-backoff=200ms",
                "--techvoice.outbox.channel-interval=20ms",
                // nor on Slack's per-minute limits for updates and canvases (PacingTest's business)
                "--techvoice.outbox.tier3-per-minute=0",
                "--techvoice.outbox.tier4-per-minute=0");
        return new PlaygroundServer(context, port);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
