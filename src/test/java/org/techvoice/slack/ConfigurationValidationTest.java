package org.techvoice.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.techvoice.TechVoiceApplication;
import org.techvoice.TechVoiceProperties;
import org.techvoice.surveys.SurveyProperties;
import org.techvoice.support.OAuthInstaller;

/**
 * Settings are checked when the app starts, so a pasted wrong token fails loudly and early.
 *
 * <p>A setting checked by its {@code @ConfigurationProperties} record is bound here as start-up binds it (the app's
 * own configuration files plus the setting, in a context holding only the records): one full start shows that such a
 * failure stops the app. Checks made by beans ({@link SlackModeCheck}, the token key, the survey key) start the app.
 */
class ConfigurationValidationTest {

    @EnableConfigurationProperties({SlackProperties.class, SurveyProperties.class, TechVoiceProperties.class})
    static class SettingsOnly {
    }

    private static final ApplicationContextRunner SETTINGS = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(SettingsOnly.class);

    @Test
    void aUserTokenPastedAsBotTokenStopsStartUpWithTheReason() {
        assertThatThrownBy(() -> start("--techvoice.slack.bot-token=xoxp-123-user-token").close())
                .hasStackTraceContaining("SLACK_BOT_TOKEN must be a bot token starting with xoxb-");
    }

    @Test
    void aBotTokenPastedAsAppTokenIsRefusedWithTheReason() {
        assertRefused("techvoice.slack.app-token=xoxb-not-an-app-token",
                "SLACK_APP_TOKEN must be an app-level token starting with xapp-");
    }

    @Test
    void surveySettingsThatWouldHurtAnonymityOrCannotWorkAreRefused() {
        assertRefused("techvoice.surveys.minimum-group-size=2",
                "TECHVOICE_SURVEY_MIN_GROUP must be at least 3 so small groups stay anonymous");
        SETTINGS.withPropertyValues("techvoice.surveys.hash-key=secret").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("TECHVOICE_SURVEY_HASH_KEY must be at least 32 "
                    + "characters of random text; make one with `openssl rand -base64 32`");
            assertThat(stackTrace(context.getStartupFailure())).doesNotContain("=secret");
        });
        assertRefused("techvoice.surveys.default-time-zone=Europe/Northgate",
                "TECHVOICE_SURVEY_TIME_ZONE must be a time zone such as Europe/London");
        assertRefused("techvoice.slack.api-url=ftp://slack.example", "SLACK_API_URL must be an http(s) URL");
        SETTINGS.withPropertyValues("techvoice.surveys.workday-start=18:00", "techvoice.surveys.workday-end=09:00")
                .run(context -> assertThat(context.getStartupFailure())
                        .hasStackTraceContaining("techvoice.surveys.workday-start must be before techvoice.surveys.workday-end"));
    }

    /** Issue 22: outside the embedded default a survey key anyone can read would re-identify every respondent. */
    @Test
    void thePostgresProfileWithoutASurveyKeyStopsStartUpSayingHowToMakeOne() {
        assertThatThrownBy(() -> start("--spring.profiles.active=postgres").close())
                .hasStackTraceContaining("TECHVOICE_SURVEY_HASH_KEY is not set")
                .hasStackTraceContaining("openssl rand -base64 32");
    }

    @Test
    void aBlankTokenIsNotSetRatherThanAWrongOne() {
        SETTINGS.withPropertyValues("techvoice.slack.bot-token=   ", "techvoice.slack.app-token= ").run(context -> {
            SlackProperties properties = context.getBean(SlackProperties.class);
            assertThat(properties.hasBotToken()).isFalse();
            assertThat(properties.hasAppToken()).isFalse();
        });
    }

    @Test
    void adminsAreReadFromACommaSeparatedList() {
        SETTINGS.withPropertyValues("techvoice.admins= U0ADMIN1 ,U0ADMIN2,,").run(context ->
                assertThat(context.getBean(TechVoiceProperties.class).admins()).isEqualTo(List.of("U0ADMIN1", "U0ADMIN2")));
    }

    @Test
    void theApiUrlGetsTheTrailingSlashTheSdkNeeds() {
        SETTINGS.withPropertyValues("techvoice.slack.api-url=http://localhost:1234/api").run(context ->
                assertThat(context.getBean(SlackProperties.class).methodsEndpointPrefix()).isEqualTo("http://localhost:1234/api/"));
    }

    @Test
    void aClientIdWithoutItsSecretIsRefused() {
        assertThatThrownBy(() -> SlackModeCheck.check(settings("techvoice.slack.client-id=123.456"), true))
                .hasMessageContaining("SLACK_CLIENT_ID and SLACK_CLIENT_SECRET go together");
    }

    @Test
    void aBotTokenAndOAuthTogetherStopStartUp() {
        assertThatThrownBy(() -> start("--techvoice.slack.bot-token=xoxb-1-2-3", "--techvoice.slack.client-id=123.456",
                "--techvoice.slack.client-secret=s3cret-value", "--techvoice.installations.token-key=" + OAuthInstaller.TOKEN_KEY).close())
                .hasStackTraceContaining("Set either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET");
    }

    @Test
    void socketModeAndOAuthTogetherAreRefused() {
        assertThatThrownBy(() -> SlackModeCheck.check(settings("techvoice.slack.bot-token=", "techvoice.slack.client-id=123.456",
                "techvoice.slack.client-secret=s3cret-value", "techvoice.slack.app-token=xapp-1-A0-1-abc"), true))
                .hasMessageContaining("Socket Mode (SLACK_APP_TOKEN) serves a single workspace");
    }

    @Test
    void oauthWithoutATokenKeyIsRefusedSayingHowToMakeOne() {
        assertThatThrownBy(() -> SlackModeCheck.check(settings("techvoice.slack.bot-token=", "techvoice.slack.client-id=123.456",
                "techvoice.slack.client-secret=s3cret-value"), false))
                .hasMessageContaining("set TECHVOICE_TOKEN_KEY to 32 random bytes in base64 (openssl rand -base64 32)");
    }

    @Test
    void aTokenKeyOfTheWrongLengthStopsStartUpWithoutShowingTheKey() {
        String shortKey = Base64.getEncoder().encodeToString("only-sixteen-byt".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> start("--techvoice.installations.token-key=" + shortKey).close())
                .hasStackTraceContaining("TECHVOICE_TOKEN_KEY must be 32 bytes (256 bits) once base64-decoded, not 16")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(shortKey));
        assertThatThrownBy(() -> start("--techvoice.installations.token-key=not base64!").close())
                .hasStackTraceContaining("TECHVOICE_TOKEN_KEY is not valid base64")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("not base64!"));
    }

    private static void assertRefused(String setting, String reason) {
        SETTINGS.withPropertyValues(setting).run(context -> {
            assertThat(context).as(setting).hasFailed();
            assertThat(context.getStartupFailure()).as(setting).hasStackTraceContaining(reason);
        });
    }

    /** The Slack settings as start-up binds them, with {@code settings} on top of the app's configuration files. */
    private static SlackProperties settings(String... settings) {
        SlackProperties[] bound = new SlackProperties[1];
        SETTINGS.withPropertyValues(settings).run(context -> bound[0] = context.getBean(SlackProperties.class));
        return bound[0];
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
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
