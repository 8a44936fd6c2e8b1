package org.techvoice.support;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.techvoice.TechVoiceApplication;

/**
 * Starts a whole TechVoice outside Spring's test context cache, for tests that stop one instance and start
 * another on the same database, or run two side by side. Slack's Web API is {@link SlackApiStub}.
 */
public final class TechVoiceInstance {

    /**
     * The outbox retrying in milliseconds and without Slack's pacing (a message a second per person, Tier 3 and 4 per
     * minute), for a started app whose test waits on deliveries: {@code PacingTest} is where pacing is tested.
     */
    public static final List<String> QUICK_OUTBOX = List.of("--techvoice.outbox.initial-backoff=20ms",
            "--techvoice.outbox.max-backoff=200ms", "--techvoice.outbox.channel-interval=20ms",
            "--techvoice.outbox.tier3-per-minute=0", "--techvoice.outbox.tier4-per-minute=0");

    private TechVoiceInstance() {
    }

    /** @param settings extra {@code --name=value} arguments, e.g. the datasource */
    public static ConfigurableApplicationContext start(String... settings) {
        SlackApiStub.stubAuthTest();
        SlackApiStub.stubDeliveries();
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--techvoice.slack.signing-secret=" + SlackTestClient.SIGNING_SECRET,
                "--techvoice.slack.bot-token=" + SlackApiStub.BOT_TOKEN,
                "--techvoice.slack.app-token=",
                "--techvoice.slack.api-url=" + SlackApiStub.apiUrl()));
        args.addAll(QUICK_OUTBOX);
        args.addAll(List.of(settings));
        return new SpringApplication(TechVoiceApplication.class).run(args.toArray(String[]::new));
    }
}
