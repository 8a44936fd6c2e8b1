package org.techvoice.slack;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.techvoice.RequestTraffic;
import org.techvoice.idempotency.HandledRequests;
import org.techvoice.installations.Installations;
import org.techvoice.installations.OAuthStates;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.bolt.jakarta_servlet.SlackOAuthAppServlet;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.IgnoringSelfEvents;
import com.slack.api.bolt.middleware.builtin.SSLCheck;

/**
 * Builds the one Bolt {@link App} that both transports (HTTP and Socket Mode) dispatch to, in one of two modes:
 * single workspace ({@code SLACK_BOT_TOKEN}) or distribution by OAuth ({@code SLACK_CLIENT_ID} and
 * {@code SLACK_CLIENT_SECRET}, see {@link SlackProperties#oauthMode()}).
 */
@Configuration(proxyBeanMethods = false)
public class BoltConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BoltConfiguration.class);

    static final String EVENTS_PATH = "/slack/events";
    /** The "Add to Slack" page (OAuth mode). */
    static final String INSTALL_PATH = "/slack/install";
    /** Where Slack sends the browser back after approval: register {@code https://<host>/slack/oauth_redirect}. */
    static final String REDIRECT_PATH = "/slack/oauth_redirect";

    /**
     * The bot scopes an OAuth install asks for. Must equal the manifest's {@code oauth_config.scopes.bot}
     * ({@code OAuthInstallFlowTest} checks), since a workspace installing through the link grants exactly these.
     */
    static final List<String> BOT_SCOPES = List.of("commands", "chat:write", "im:write", "files:write", "users:read", "users:read.email",
            "chat:write.public",
            // the draft's canvas version (canvases.create, canvases.access.set)
            "canvases:write",
            // surveys: channel and user-group audiences
            "channels:read", "groups:read", "usergroups:read",
            // recognition: reactions on celebration posts
            "reactions:read",
            // withdrawal: finding the app's own post whose chat.postMessage was interrupted (conversations.history)
            "channels:history", "groups:history");

    /** auth.test runs before a request is acknowledged, so it may take only part of Slack's three seconds. */
    static final int AUTH_TEST_TIMEOUT_MILLIS = 2_000;

    @Bean
    Slack slack(SlackProperties properties) {
        return Slack.getInstance(slackConfig(properties));
    }

    public static SlackConfig slackConfig(SlackProperties properties) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(properties.methodsEndpointPrefix());
        config.setPrettyResponseLoggingEnabled(false);
        // The SDK's call statistics feed only its rate-limited async client, which TechVoice does not use (the outbox
        // paces itself); left on, every SlackConfig keeps one cleaner thread per API family waking every second.
        config.setStatsEnabled(false);
        return config;
    }

    @Bean
    App boltApp(Slack slack, SlackProperties properties, List<BoltListener> listeners, Installations installations,
            @Qualifier(SlackExecutors.AFTER_ACK) Executor afterAck,
            OAuthStates states, Clock clock, ObjectProvider<MeterRegistry> meters, RequestTraffic traffic) {
        SlackModeCheck.check(properties, installations.canStoreTokens());
        OAuthPages pages = new OAuthPages(INSTALL_PATH);
        App app = new AnsweringApp(appConfig(slack, properties, pages), slack, middleware(slack, properties, installations),
                new UnhandledRequests(properties, afterAck), meters.getIfAvailable(CompositeMeterRegistry::new), traffic);
        app.asOAuthApp(properties.oauthMode());
        if (properties.oauthMode()) {
            app.service(new StoredInstallationService(installations, clock));
            app.service(new StoredOAuthStateService(states));
            pages.register(app);
        }
        listeners.forEach(listener -> listener.register(app));
        return app;
    }

    /**
     * Every value is set here on purpose: Bolt's defaults read SLACK_BOT_TOKEN, SLACK_CLIENT_ID, SLACK_INSTALL_PATH and
     * others straight from the environment, which would let Bolt pick a mode (and call auth.test at start-up)
     * behind TechVoice's back.
     */
    @SuppressWarnings("deprecation") // the legacy path settings win over the new ones when both are set: set both
    private static AppConfig appConfig(Slack slack, SlackProperties properties, OAuthPages pages) {
        boolean oauth = properties.oauthMode();
        return AppConfig.builder()
                .slack(slack)
                .signingSecret(properties.signingSecret())
                // verified by SlackSignatureFilter over the raw UTF-8 bytes instead (Bolt uses the platform charset)
                .requestVerificationEnabled(false)
                .verificationToken(null)
                // authorisation is ours (below): Bolt's single-team one calls auth.test in the constructor
                .singleTeamBotToken(null)
                .clientId(oauth ? properties.clientId() : null)
                .clientSecret(oauth ? properties.clientSecret() : null)
                .redirectUri(oauth && properties.redirectUri() != null && !properties.redirectUri().isBlank()
                        ? properties.redirectUri() : null)
                .scope(String.join(",", BOT_SCOPES))
                .userScope(null)
                .oauthInstallPath(INSTALL_PATH)
                .oauthStartPath(INSTALL_PATH)
                .oauthRedirectUriPath(REDIRECT_PATH)
                .oauthCallbackPath(REDIRECT_PATH)
                .oauthCancellationUrl(null)
                .oauthCompletionUrl(null)
                .oAuthInstallPageRenderer(pages)
                .oAuthRedirectUriPageRenderer(pages)
                .build();
    }

    /** Bolt's usual chain, with TechVoice's authorisation for the mode in place of Bolt's. */
    private static List<Middleware> middleware(Slack slack, SlackProperties properties, Installations installations) {
        List<Middleware> chain = new ArrayList<>();
        chain.add(new SSLCheck(null));
        if (properties.oauthMode()) {
            chain.add(new InstallationAuthorization(installations));
        } else if (properties.hasBotToken()) {
            SlackConfig quick = slackConfig(properties);
            quick.setHttpClientCallTimeoutMillis(AUTH_TEST_TIMEOUT_MILLIS);
            chain.add(new SingleWorkspaceAuthorization(properties.botToken(), Slack.getInstance(quick).methods(),
                    teamId -> keepDataOf(installations, teamId)));
        }
        chain.add(new IgnoringSelfEvents(slack.getConfig(), true));
        return chain;
    }

    /** The configured token works for this team: if it had uninstalled TechVoice, it is back, so its data stays. */
    private static void keepDataOf(Installations installations, String teamId) {
        try {
            installations.cancelPendingDeletion(teamId);
        } catch (RuntimeException e) {
            log.warn("Could not check for a pending deletion of workspace {}: {}", teamId, e.getMessage());
        }
    }

    /** Which tokens outbound calls use: the configured one, or each workspace's installed one. */
    @Bean
    BotTokens botTokens(SlackProperties properties, Installations installations) {
        return properties.oauthMode() ? new InstalledBotTokens(installations) : new ConfiguredBotToken(properties);
    }

    @Bean
    SlackRequestVerifier slackRequestVerifier(SlackProperties properties, Clock clock) {
        return new SlackRequestVerifier(properties.hasSigningSecret() ? properties.signingSecret() : "", clock);
    }

    @Bean
    ServletRegistrationBean<SlackAppServlet> slackEventsServlet(App app) {
        return new ServletRegistrationBean<>(new SlackAppServlet(app), EVENTS_PATH);
    }

    /** The install page and the OAuth redirect are browser GETs, unsigned by nature; they exist only in OAuth mode. */
    @Bean
    ServletRegistrationBean<SlackOAuthAppServlet> slackOAuthServlet(App app, SlackProperties properties) {
        ServletRegistrationBean<SlackOAuthAppServlet> registration =
                new ServletRegistrationBean<>(new SlackOAuthAppServlet(app), INSTALL_PATH, REDIRECT_PATH);
        registration.setEnabled(properties.oauthMode());
        return registration;
    }

    @Bean
    FilterRegistrationBean<SlackSignatureFilter> slackSignatureFilter(SlackProperties properties,
            SlackRequestVerifier verifier, HandledRequests handled, RequestTraffic traffic) {
        FilterRegistrationBean<SlackSignatureFilter> registration =
                new FilterRegistrationBean<>(new SlackSignatureFilter(properties, verifier, handled, traffic));
        registration.addUrlPatterns(EVENTS_PATH);
        return registration;
    }
}
