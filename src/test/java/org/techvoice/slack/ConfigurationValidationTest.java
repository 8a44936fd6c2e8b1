package org.techvoice.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.techvoice.TechVoiceApplication;
import org.techvoice.TechVoiceProperties;

/** Settings are checked when the app starts, so a pasted wrong token fails loudly and early. */
class ConfigurationValidationTest {

    @Test
    void aUserTokenPastedAsBotTokenStopsStartUpWithTheReason() {
        assertThatThrownBy(() -> start("--techvoice.slack.bot-token=xoxp-123-user-token").close())
                .hasStackTraceContaining("SLACK_BOT_TOKEN must be a bot token starting with xoxb-");
    }

    @Test
    void aBotTokenPastedAsAppTokenStopsStartUpWithTheReason() {
        assertThatThrownBy(() -> start("--techvoice.slack.app-token=xoxb-not-an-app-token").close())
                .hasStackTraceContaining("SLACK_APP_TOKEN must be an app-level token starting with xapp-");
    }

    @Test
    void adminsAreReadFromACommaSeparatedList() {
        try (ConfigurableApplicationContext context = start("--techvoice.admins= U0ADMIN1 ,U0ADMIN2,,")) {
            assertThat(context.getBean(TechVoiceProperties.class).admins()).isEqualTo(List.of("U0ADMIN1", "U0ADMIN2"));
        }
    }

    @Test
    void theApiUrlGetsTheTrailingSlashTheSdkNeeds() {
        try (ConfigurableApplicationContext context = start("--techvoice.slack.api-url=http://localhost:1234/api")) {
            assertThat(context.getBean(SlackProperties.class).methodsEndpointPrefix()).isEqualTo("http://localhost:1234/api/");
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        SpringApplication app = new SpringApplication(TechVoiceApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        String[] all = new String[args.length + 4];
        all[0] = "--spring.datasource.url=jdbc:h2:mem:config-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        all[1] = "--techvoice.slack.signing-secret=";
        all[2] = "--spring.main.banner-mode=off";
        all[3] = "--logging.level.root=warn";
        System.arraycopy(args, 0, all, 4, args.length);
        return app.run(all);
    }
}
