package org.techvoice.playground.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.techvoice.TechVoiceApplication;
import org.techvoice.support.FreePort;
import org.techvoice.support.TechVoiceInstance;

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

    static PlaygroundServer start() {
        int port = FreePort.next();
        String database = "jdbc:h2:mem:playground-browser-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        List<String> args = new ArrayList<>(List.of("--playground", "--server.port=" + port,
                "--techvoice.playground.database-url=" + database));
        // a journey waits on no back-off and no pacing
        args.addAll(TechVoiceInstance.QUICK_OUTBOX);
        ConfigurableApplicationContext context = SpringApplication.run(TechVoiceApplication.class, args.toArray(String[]::new));
        return new PlaygroundServer(context, port);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Override
    public void close() {
        context.close();
    }
}
