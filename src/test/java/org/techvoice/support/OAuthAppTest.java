package org.techvoice.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full TechVoice distributed by OAuth ({@code SLACK_CLIENT_ID}, {@code SLACK_CLIENT_SECRET},
 * {@code TECHVOICE_TOKEN_KEY}; no bot token), on a random port with an in-memory H2, Slack's Web API stood in by
 * {@link SlackApiStub}, and a {@link MutableClock} to move time. Workspaces install through {@link OAuthInstaller}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:techvoice-oauth-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "techvoice.slack.signing-secret=" + SlackTestClient.SIGNING_SECRET,
        "techvoice.slack.bot-token=",
        "techvoice.slack.app-token=",
        "techvoice.slack.client-id=" + OAuthInstaller.CLIENT_ID,
        "techvoice.slack.client-secret=" + OAuthInstaller.CLIENT_SECRET,
        "techvoice.installations.token-key=" + OAuthInstaller.TOKEN_KEY,
        "techvoice.installations.uninstall-grace-period=P30D",
        "techvoice.admins=",
})
@ContextConfiguration(initializers = SlackApiStubInitializer.class)
@Import(OAuthAppTest.MovableTime.class)
public @interface OAuthAppTest {

    /** Replaces the application's clock so tests can move time; signed requests stay valid while it is not moved. */
    @TestConfiguration(proxyBeanMethods = false)
    class MovableTime {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}
