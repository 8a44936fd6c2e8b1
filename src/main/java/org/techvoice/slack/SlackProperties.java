package org.techvoice.slack;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Pattern;

/**
 * How TechVoice talks to Slack; every value comes from the environment (see README).
 *
 * @param signingSecret verifies that requests really come from Slack
 * @param botToken      single-workspace bot token ({@code xoxb-...})
 * @param appToken      app-level token ({@code xapp-...}); when present Socket Mode is used
 * @param apiUrl        base of the Web API; tests and local tools point it at a stand-in
 */
@Validated
@ConfigurationProperties("techvoice.slack")
public record SlackProperties(
        String signingSecret,
        @Pattern(regexp = "^$|^xoxb-.*", message = "SLACK_BOT_TOKEN must be a bot token starting with xoxb-")
        String botToken,
        @Pattern(regexp = "^$|^xapp-.*", message = "SLACK_APP_TOKEN must be an app-level token starting with xapp-")
        String appToken,
        @DefaultValue("https://slack.com/api")
        @Pattern(regexp = "^https?://.+", message = "SLACK_API_URL must be an http(s) URL")
        String apiUrl) {

    public boolean hasSigningSecret() {
        return signingSecret != null && !signingSecret.isBlank();
    }

    public boolean hasBotToken() {
        return botToken != null && !botToken.isBlank();
    }

    public boolean hasAppToken() {
        return appToken != null && !appToken.isBlank();
    }

    /** Ready to serve HTTP requests from Slack: we can verify them and answer with a token. */
    public boolean readyForHttp() {
        return hasSigningSecret() && hasBotToken();
    }

    /** The Web API prefix the Slack SDK expects, always ending in a slash. */
    public String methodsEndpointPrefix() {
        return apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
    }

    /** Names what is missing, for the log line and for the answer to unconfigured requests. */
    public String missingSettings() {
        StringBuilder missing = new StringBuilder();
        if (!hasSigningSecret()) {
            missing.append("SLACK_SIGNING_SECRET");
        }
        if (!hasBotToken()) {
            missing.append(missing.isEmpty() ? "" : " and ").append("SLACK_BOT_TOKEN");
        }
        return missing.toString();
    }
}
