package org.techvoice.slack;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.techvoice.SettingCheck;

/**
 * How TechVoice talks to Slack; every value comes from the environment (see README).
 *
 * <p>Two modes: <b>single workspace</b> with {@code SLACK_BOT_TOKEN}, or <b>distribution by OAuth</b> with
 * {@code SLACK_CLIENT_ID} and {@code SLACK_CLIENT_SECRET}, where each workspace installs TechVoice from
 * {@code /slack/install} and its token is stored encrypted. {@link SlackModeCheck} refuses to start with both.
 *
 * @param signingSecret verifies that requests really come from Slack
 * @param botToken      single-workspace bot token ({@code xoxb-...})
 * @param appToken      app-level token ({@code xapp-...}); when present Socket Mode is used
 * @param apiUrl        base of the Web API; tests and local tools point it at a stand-in
 * @param clientId      OAuth client id of the Slack app: with {@code clientSecret}, switches on distribution
 * @param clientSecret  OAuth client secret of the Slack app
 * @param redirectUri   the redirect URL registered with Slack, sent with the authorize link; optional when the app
 *                      has a single redirect URL
 */
@ConfigurationProperties("techvoice.slack")
public record SlackProperties(
        String signingSecret,
        String botToken,
        String appToken,
        @DefaultValue("https://slack.com/api") String apiUrl,
        String clientId,
        String clientSecret,
        String redirectUri) {

    /**
     * Checked as the settings are bound, so a pasted wrong token stops start-up with the reason. A blank value is
     * "not set" here as everywhere else in this record (an empty {@code SLACK_BOT_TOKEN=} line in a compose file).
     */
    public SlackProperties {
        SettingCheck.require(!present(botToken) || botToken.startsWith("xoxb-"),
                "SLACK_BOT_TOKEN must be a bot token starting with xoxb-");
        SettingCheck.require(!present(appToken) || appToken.startsWith("xapp-"),
                "SLACK_APP_TOKEN must be an app-level token starting with xapp-");
        SettingCheck.require(httpUrl(apiUrl), "SLACK_API_URL must be an http(s) URL");
        SettingCheck.require(!present(redirectUri) || httpUrl(redirectUri), "SLACK_REDIRECT_URI must be an http(s) URL");
    }

    public boolean hasSigningSecret() {
        return present(signingSecret);
    }

    public boolean hasBotToken() {
        return present(botToken);
    }

    public boolean hasAppToken() {
        return present(appToken);
    }

    public boolean hasClientId() {
        return present(clientId);
    }

    public boolean hasClientSecret() {
        return present(clientSecret);
    }

    /** Distribution by OAuth: many workspaces install TechVoice, each with its own stored token. */
    public boolean oauthMode() {
        return hasClientId() && hasClientSecret();
    }

    /** Ready to serve HTTP requests from Slack: we can verify them and answer with a token. */
    public boolean readyForHttp() {
        return hasSigningSecret() && (hasBotToken() || oauthMode());
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
        if (!hasBotToken() && !oauthMode()) {
            missing.append(missing.isEmpty() ? "" : " and ").append("SLACK_BOT_TOKEN");
        }
        return missing.toString();
    }

    /** Secrets must never reach a log line, whatever prints this record. */
    @Override
    public String toString() {
        return "SlackProperties[signingSecret=" + shown(signingSecret) + ", botToken=" + shown(botToken) + ", appToken="
                + shown(appToken) + ", apiUrl=" + apiUrl + ", clientId=" + clientId + ", clientSecret=" + shown(clientSecret)
                + ", redirectUri=" + redirectUri + "]";
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean httpUrl(String value) {
        return value != null && value.matches("https?://.+");
    }

    private static String shown(String secret) {
        return present(secret) ? "(set)" : "(not set)";
    }
}
