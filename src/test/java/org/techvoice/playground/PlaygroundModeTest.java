package org.techvoice.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;
import org.techvoice.TechVoiceApplication;

/** When the playground is on, and that its page is never served next to real Slack credentials. */
@ExtendWith(OutputCaptureExtension.class)
class PlaygroundModeTest {

    private final SpringApplication web = new SpringApplication(TechVoiceApplication.class);

    @Test
    void onWithoutCredentials() {
        assertThat(PlaygroundMode.decide(new MockEnvironment(), web)).isTrue();
    }

    @Test
    void onWhenAskedFor() {
        assertThat(PlaygroundMode.decide(new MockEnvironment().withProperty("playground", ""), web)).isTrue();
        assertThat(PlaygroundMode.decide(new MockEnvironment().withProperty(PlaygroundMode.ENABLED, "true"), web)).isTrue();
    }

    @Test
    void offWithRealCredentials() {
        assertThat(PlaygroundMode.decide(new MockEnvironment().withProperty("techvoice.slack.signing-secret", "s"), web)).isFalse();
        assertThat(PlaygroundMode.decide(new MockEnvironment().withProperty("techvoice.slack.bot-token", "xoxb-" + "1"), web)).isFalse();
        assertThat(PlaygroundMode.decide(new MockEnvironment().withProperty("techvoice.slack.app-token", "xapp-" + "1"), web)).isFalse();
        assertThat(PlaygroundMode.decide(new MockEnvironment().withProperty("techvoice.slack.client-id", "123.456"), web)).isFalse();
    }

    @Test
    void askingForItWithCredentialsIsRefusedWithTheReason() {
        MockEnvironment both = new MockEnvironment().withProperty("playground", "").withProperty("techvoice.slack.signing-secret", "s");

        assertThatThrownBy(() -> PlaygroundMode.decide(both, web)).hasMessageContaining("runs only without Slack credentials")
                .hasMessageContaining("SLACK_SIGNING_SECRET");
    }

    @Test
    void neverAutomaticWithThePostgresProfile() {
        MockEnvironment postgres = new MockEnvironment();
        postgres.setActiveProfiles("postgres");

        assertThat(PlaygroundMode.decide(postgres, web)).isFalse();
    }

    @Test
    void offWhenSwitchedOff() {
        assertThat(PlaygroundMode.decide(new MockEnvironment().withProperty(PlaygroundMode.ENABLED, "false"), web)).isFalse();
        assertThatThrownBy(() -> PlaygroundMode.decide(new MockEnvironment().withProperty(PlaygroundMode.ENABLED, "false")
                .withProperty("playground", ""), web)).hasMessageContaining("contradict");
    }

    @Test
    void neverAutomaticWithoutAWebServerOnAKnownPort() {
        SpringApplication batch = new SpringApplication(TechVoiceApplication.class);
        batch.setWebApplicationType(WebApplicationType.NONE);

        assertThat(PlaygroundMode.decide(new MockEnvironment(), batch)).isFalse();
        assertThat(PlaygroundMode.decide(new MockEnvironment().withProperty("spring.main.web-application-type", "none"), web)).isFalse();
        assertThat(PlaygroundMode.decide(new MockEnvironment().withProperty("server.port", "0"), web)).isFalse();
    }

    @Test
    void askingForItOnARandomPortIsRefused() {
        MockEnvironment environment = new MockEnvironment().withProperty("playground", "").withProperty("server.port", "0");

        assertThatThrownBy(() -> new PlaygroundMode().postProcessEnvironment(environment, web))
                .hasMessageContaining("needs a fixed port");
    }

    @Test
    void whenOnItSuppliesMadeUpCredentialsTheStandInAndItsOwnDatabase() {
        MockEnvironment environment = new MockEnvironment().withProperty("server.port", "18080");

        new PlaygroundMode().postProcessEnvironment(environment, web);

        assertThat(environment.getProperty("techvoice.slack.api-url")).isEqualTo("http://127.0.0.1:18080/playground/slack-api/");
        assertThat(environment.getProperty("techvoice.slack.bot-token")).startsWith("xoxb-").hasSizeGreaterThan(30);
        assertThat(environment.getProperty("techvoice.slack.signing-secret")).hasSize(64);
        assertThat(environment.getProperty("techvoice.admins")).isEqualTo(Personas.ADMIN.id());
        assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:./data/playground;");
        assertThat(environment.getProperty(PlaygroundMode.ENABLED)).isEqualTo("true");
        assertThat(environment.getProperty("server.address")).as("only this machine reaches the page").isEqualTo("127.0.0.1");
    }

    @Test
    void withRealCredentialsThePageIsNotThere() {
        try (ConfigurableApplicationContext app = startWithCredentials()) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            PlaygroundClient client = PlaygroundClient.attach(port);

            assertThat(client.get("/").statusCode()).isEqualTo(404);
            assertThat(client.get("/playground/api/session").statusCode()).isEqualTo(404);
            assertThat(client.post("/playground/slack-api/auth.test", "{}").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void withCredentialsAndPlaygroundStartUpIsRefused() {
        assertThatThrownBy(() -> new SpringApplication(TechVoiceApplication.class).run("--playground", "--server.port=0",
                "--techvoice.slack.signing-secret=real-secret", "--spring.main.banner-mode=off").close())
                .hasStackTraceContaining("runs only without Slack credentials");
    }

    @Test
    void theStartUpLogSaysWhereToOpenIt(CapturedOutput output) {
        PlaygroundClient playground = PlaygroundClient.start("playground-mode-log");
        try {
            assertThat(output.getAll()).contains("TechVoice playground: open http://localhost:" + playground.port
                    + "/ (no Slack workspace needed; data in")
                    .contains("talking to the playground's stand-in Slack, not to a real workspace")
                    .doesNotContain("TechVoice is ready for Slack");
        } finally {
            playground.stop();
        }
    }

    private static ConfigurableApplicationContext startWithCredentials() {
        return new SpringApplication(TechVoiceApplication.class).run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:playground-off;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--techvoice.slack.signing-secret=a-real-signing-secret", "--techvoice.slack.bot-token=xoxb-" + "12345-real",
                "--techvoice.slack.api-url=http://127.0.0.1:9/api", "--spring.main.banner-mode=off");
    }
}
