package org.techvoice.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.techvoice.TechVoiceApplication;

/** The minimum group size protects anonymity, so a value below 3 must stop the app rather than run with it. */
class SurveyPropertiesTest {

    @Test
    void aMinimumGroupBelowThreeStopsStartUp() {
        assertThatThrownBy(() -> start("--techvoice.surveys.minimum-group-size=2").close())
                .hasStackTraceContaining("TECHVOICE_SURVEY_MIN_GROUP must be at least 3");
    }

    @Test
    void theDefaultsAreFiveAndLondon() {
        try (ConfigurableApplicationContext context = start()) {
            SurveyProperties properties = context.getBean(SurveyProperties.class);
            assertThat(properties.minimumGroupSize()).isEqualTo(5);
            assertThat(properties.defaultTimeZone()).isEqualTo("Europe/London");
            assertThat(properties.hashKey()).isEmpty();
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        SpringApplication app = new SpringApplication(TechVoiceApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        String[] all = new String[args.length + 5];
        all[0] = "--spring.datasource.url=jdbc:h2:mem:surveys-config-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        all[1] = "--techvoice.slack.signing-secret=";
        all[2] = "--spring.main.banner-mode=off";
        all[3] = "--logging.level.root=warn";
        all[4] = "--techvoice.surveys.job-initial-delay=PT24H";
        System.arraycopy(args, 0, all, 5, args.length);
        return app.run(all);
    }
}
