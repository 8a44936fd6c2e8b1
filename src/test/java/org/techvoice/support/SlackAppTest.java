package org.techvoice.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.techvoice.draft.DraftFixtures;

/**
 * A full TechVoice on a random port with an in-memory H2, Slack's Web API stood in by
 * {@link SlackApiStub}, and the test signing secret and bot token configured. The outbox worker runs, retrying
 * quickly: assert deliveries with {@code await().until(() -> SlackApiStub.postsTo("C...").size() == 1)}.
 *
 * <p>Its clock can be moved ({@link MutableClock}, put back after every test by {@link MovedClockReset}), the survey
 * job waits for the test to run it, and the draft tests' fixture evidence sources are present (empty unless a test
 * fills them for its workspace): one configuration, so the classes that used to add each of these now share one
 * application context instead of starting three.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:techvoice-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "techvoice.slack.signing-secret=" + SlackTestClient.SIGNING_SECRET,
        "techvoice.slack.bot-token=" + SlackApiStub.BOT_TOKEN,
        "techvoice.slack.app-token=",
        "techvoice.admins=U0ADMIN01",
        // the survey job (opening, reminders, closing) runs when a test calls it, at the time the test chose
        "techvoice.surveys.job-initial-delay=PT24H",
        // the outbox retries in milliseconds rather than seconds, so failure paths take a test moments
        "techvoice.outbox.initial-backoff=20ms",
        "techvoice.outbox.max-backoff=200ms",
        "techvoice.outbox.call-timeout=5s",
        "techvoice.outbox.give-up-after=5s",
        // Slack's pacing (1 message a second per channel, Tier 3 at 50 a minute) is PacingTest's business
        "techvoice.outbox.channel-interval=20ms",
        "techvoice.outbox.tier3-per-minute=0",
        "techvoice.outbox.tier4-per-minute=0",
})
@ContextConfiguration(initializers = SlackApiStubInitializer.class)
@Import({OAuthAppTest.MovableTime.class, DraftFixtures.class})
public @interface SlackAppTest {
}
