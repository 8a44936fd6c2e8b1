package org.techvoice.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says, in one line at start-up, how this instance is connected to Slack and what to do if it is not. */
@Component
class SlackConnectionReport {

    private static final Logger log = LoggerFactory.getLogger(SlackConnectionReport.class);

    private final SlackProperties properties;
    private final boolean playground;

    SlackConnectionReport(SlackProperties properties, @Value("${techvoice.playground.enabled:}") String playground) {
        this.properties = properties;
        this.playground = "true".equalsIgnoreCase(playground.strip());
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        // the playground's made-up credentials would otherwise read as "ready for Slack"
        log.info(playground ? PLAYGROUND : describe(properties));
    }

    static final String PLAYGROUND = "TechVoice is talking to the playground's stand-in Slack, not to a real workspace; to connect "
            + "one, set the Slack credentials (README, 'Connect to Slack') and start without --playground.";

    static String describe(SlackProperties properties) {
        if (properties.hasAppToken() && properties.hasBotToken()) {
            return "TechVoice is connecting to Slack over Socket Mode (SLACK_APP_TOKEN set); no public URL is needed.";
        }
        if (properties.readyForHttp() && properties.oauthMode()) {
            return "TechVoice is ready for Slack at POST /slack/events; workspaces install it from GET "
                    + BoltConfiguration.INSTALL_PATH + " (OAuth redirect " + BoltConfiguration.REDIRECT_PATH + ").";
        }
        if (properties.readyForHttp()) {
            return "TechVoice is ready for Slack at POST /slack/events.";
        }
        return "TechVoice started without Slack credentials: create the app from manifest/techvoice.yaml, then set "
                + properties.missingSettings()
                + " (or SLACK_APP_TOKEN and SLACK_BOT_TOKEN for Socket Mode) and restart. See README, 'Connect to Slack'.";
    }
}
