package org.techvoice.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;

/**
 * Socket Mode: the alternative transport when {@code SLACK_APP_TOKEN} is set. The same Bolt app answers,
 * so a lead can try TechVoice on a laptop without exposing a public URL.
 */
@Component
class SocketModeConnection implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SocketModeConnection.class);

    private final SlackProperties properties;
    private final App app;
    private volatile SocketModeApp socketModeApp;

    SocketModeConnection(SlackProperties properties, App app) {
        this.properties = properties;
        this.app = app;
    }

    @Override
    public void start() {
        if (!properties.hasAppToken()) {
            return;
        }
        if (!properties.hasBotToken()) {
            log.error("SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not: Socket Mode needs both; not connecting.");
            return;
        }
        try {
            socketModeApp = new SocketModeApp(properties.appToken(), app, SocketModeClient.Backend.JavaWebSocket);
            socketModeApp.startAsync();
        } catch (Exception e) {
            // A wrong token or no network must not take the HTTP side down with it.
            log.error("Could not connect to Slack over Socket Mode: {}", e.getMessage());
            socketModeApp = null;
        }
    }

    @Override
    public void stop() {
        SocketModeApp running = socketModeApp;
        socketModeApp = null;
        if (running != null) {
            try {
                running.close();
            } catch (Exception e) {
                log.warn("Socket Mode did not stop cleanly: {}", e.getMessage());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return socketModeApp != null;
    }
}
