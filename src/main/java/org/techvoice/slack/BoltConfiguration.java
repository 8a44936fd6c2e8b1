package org.techvoice.slack;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;

/** Builds the one Bolt {@link App} that both transports (HTTP and Socket Mode) dispatch to. */
@Configuration(proxyBeanMethods = false)
class BoltConfiguration {

    static final String EVENTS_PATH = "/slack/events";

    /** auth.test runs before a request is acknowledged, so it may take only part of Slack's three seconds. */
    static final int AUTH_TEST_TIMEOUT_MILLIS = 2_000;

    @Bean
    Slack slack(SlackProperties properties) {
        return Slack.getInstance(slackConfig(properties));
    }

    static SlackConfig slackConfig(SlackProperties properties) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(properties.methodsEndpointPrefix());
        config.setPrettyResponseLoggingEnabled(false);
        return config;
    }

    @Bean
    App boltApp(Slack slack, SlackProperties properties, List<BoltListener> listeners) {
        AppConfig config = AppConfig.builder()
                .slack(slack)
                .signingSecret(properties.signingSecret())
                // verified by SlackSignatureFilter over the raw UTF-8 bytes instead (Bolt uses the platform charset)
                .requestVerificationEnabled(false)
                .build();
        // No singleTeamBotToken here: Bolt would call auth.test in the constructor and fail start-up without Slack.
        // Bolt therefore logs that it "skipped adding any authorization middleware": this is it.
        App app = new App(config);
        if (properties.hasBotToken()) {
            SlackConfig quick = slackConfig(properties);
            quick.setHttpClientCallTimeoutMillis(AUTH_TEST_TIMEOUT_MILLIS);
            app.use(new SingleWorkspaceAuthorization(properties.botToken(), Slack.getInstance(quick).methods()));
        }
        listeners.forEach(listener -> listener.register(app));
        return app;
    }

    @Bean
    SlackRequestVerifier slackRequestVerifier(SlackProperties properties, Clock clock) {
        return new SlackRequestVerifier(properties.hasSigningSecret() ? properties.signingSecret() : "", clock);
    }

    @Bean
    ServletRegistrationBean<SlackAppServlet> slackEventsServlet(App app) {
        return new ServletRegistrationBean<>(new SlackAppServlet(app), EVENTS_PATH);
    }

    @Bean
    FilterRegistrationBean<SlackSignatureFilter> slackSignatureFilter(SlackProperties properties,
            SlackRequestVerifier verifier) {
        FilterRegistrationBean<SlackSignatureFilter> registration =
                new FilterRegistrationBean<>(new SlackSignatureFilter(properties, verifier));
        registration.addUrlPatterns(EVENTS_PATH);
        return registration;
    }
}
