package org.techvoice.playground;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Decides, before any bean exists, whether this run is the playground: a Slack-like page at {@code /} that drives
 * the real Bolt app, for people who have no Slack workspace to connect yet.
 *
 * <p>On with {@code --playground} or {@code techvoice.playground.enabled=true}, or automatically when no Slack
 * credential is configured, the app serves HTTP on a known port and the {@code postgres} profile is off. When on,
 * it supplies the credentials the app needs (made up for this run), points the Web API at the in-process
 * stand-in and keeps the data in its own H2 file. The page is never served next to real credentials: asking for
 * both stops start-up.
 */
public final class PlaygroundMode implements EnvironmentPostProcessor {

    static final String ENABLED = "techvoice.playground.enabled";
    static final String DATABASE_URL = "techvoice.playground.database-url";
    static final String DEFAULT_DATABASE_URL =
            "jdbc:h2:file:./data/playground;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    static final String PROPERTY_SOURCE = "techvoicePlayground";

    /** What counts as "a real Slack app is configured". */
    private static final List<String> CREDENTIALS = List.of("techvoice.slack.signing-secret", "techvoice.slack.bot-token",
            "techvoice.slack.app-token", "techvoice.slack.client-id", "techvoice.slack.client-secret");

    private static final SecureRandom random = new SecureRandom();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!decide(environment, application)) {
            return;
        }
        String port = environment.getProperty("server.port", "8080").trim();
        if ("0".equals(port)) {
            throw new IllegalStateException("The TechVoice playground needs a fixed port (its Slack stand-in is reached at "
                    + "http://127.0.0.1:<port>/): set server.port (SERVER_PORT) to a port number, not 0.");
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(ENABLED, "true");
        settings.put("techvoice.slack.signing-secret", hex(32));
        // made up per run; never a literal, so no token-shaped string sits in the repository
        settings.put("techvoice.slack.bot-token", "xoxb-" + hex(24));
        settings.put("techvoice.slack.app-token", "");
        settings.put("techvoice.slack.client-id", "");
        settings.put("techvoice.slack.client-secret", "");
        settings.put("techvoice.slack.api-url", "http://127.0.0.1:" + port + PlaygroundPaths.SLACK_API + "/");
        settings.put("techvoice.admins", Personas.ADMIN.id());
        settings.put("spring.datasource.url", environment.getProperty(DATABASE_URL, DEFAULT_DATABASE_URL));
        settings.put("spring.datasource.username", "sa");
        settings.put("spring.datasource.password", "");
        if (!environment.containsProperty("server.address")) {
            // the page acts as anyone, the admin included: only this machine may use it unless SERVER_ADDRESS says otherwise
            settings.put("server.address", "127.0.0.1");
        }
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, settings));
    }

    /** Whether the playground is on; throws when what was asked for cannot be honoured. */
    static boolean decide(ConfigurableEnvironment environment, SpringApplication application) {
        String enabled = environment.getProperty(ENABLED, "").trim();
        boolean asked = environment.containsProperty("playground") || "true".equalsIgnoreCase(enabled);
        boolean refused = "false".equalsIgnoreCase(enabled);
        boolean credentials = CREDENTIALS.stream().anyMatch(name -> !environment.getProperty(name, "").isBlank());
        if (asked && refused) {
            throw new IllegalStateException("--playground and techvoice.playground.enabled=false contradict each other: "
                    + "drop one of them.");
        }
        if (asked && credentials) {
            throw new IllegalStateException("The TechVoice playground runs only without Slack credentials, so that its page "
                    + "is never served next to a real workspace: unset SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN, "
                    + "SLACK_APP_TOKEN, SLACK_CLIENT_ID and SLACK_CLIENT_SECRET, or start without --playground.");
        }
        if (asked) {
            return true;
        }
        // automatic only for a person running the app by hand: a browser needs a web server on a known port, and a
        // PostgreSQL deployment is a real one waiting for its credentials
        return !refused && !credentials && servesWeb(environment, application)
                && !environment.acceptsProfiles(Profiles.of("postgres"))
                && !"0".equals(environment.getProperty("server.port", "8080").trim());
    }

    private static boolean servesWeb(ConfigurableEnvironment environment, SpringApplication application) {
        String type = environment.getProperty("spring.main.web-application-type", "").trim();
        if (!type.isEmpty()) {
            return !WebApplicationType.NONE.name().equalsIgnoreCase(type);
        }
        return application == null || application.getWebApplicationType() != WebApplicationType.NONE;
    }

    private static String hex(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
