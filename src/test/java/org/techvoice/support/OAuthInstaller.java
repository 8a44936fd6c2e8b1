package org.techvoice.support;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Installs TechVoice the way a Slack admin's browser does: opens {@code /slack/install}, follows the
 * "Add to Slack" link (Slack's side is played by {@link SlackApiStub}, answering {@code oauth.v2.access} in
 * Slack's documented shape), and comes back to {@code /slack/oauth_redirect} with the code, the state and the
 * state cookie.
 */
public final class OAuthInstaller {

    public static final String CLIENT_ID = "1234567890.0987654321";
    public static final String CLIENT_SECRET = "test-client-secret-2c9d8e";
    /** 32 bytes, base64: a test key, used nowhere else. */
    public static final String TOKEN_KEY = "dGVjaHZvaWNlLXRlc3Qta2V5LTMyLWJ5dGVzLW9rISE=";
    public static final String APP_ID = "A0TECHVOICE";
    public static final String STATE_COOKIE = "slack-app-oauth-state";

    private static final Pattern HREF = Pattern.compile("href=\"(https://slack\\.com/oauth/v2/authorize[^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public OAuthInstaller(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A workspace, or with {@code orgWide} a whole Enterprise Grid org, and what Slack grants it. */
    public record Tenant(String teamId, String teamName, String enterpriseId, String enterpriseName, boolean orgWide,
            String botToken, String botUserId, String botId, String installerUserId) {

        public static Tenant workspace(String teamId, String name, String installerUserId) {
            return new Tenant(teamId, name, null, null, false, "xoxb-" + teamId + "-1111-" + teamId.toLowerCase() + "secret",
                    "U0BOT" + teamId.substring(teamId.length() - 4), "B0" + teamId.substring(teamId.length() - 4), installerUserId);
        }

        public static Tenant org(String enterpriseId, String name, String installerUserId) {
            return new Tenant(null, null, enterpriseId, name, true, "xoxb-" + enterpriseId + "-2222-orgsecret",
                    "U0BOT" + enterpriseId.substring(enterpriseId.length() - 4), "B0" + enterpriseId.substring(enterpriseId.length() - 4),
                    installerUserId);
        }

        String code() {
            return "code-" + (orgWide ? enterpriseId : teamId);
        }
    }

    /** What {@code GET /slack/install} gave the browser. */
    public record InstallPage(HttpResponse<String> response, String authorizeUrl, String state, String cookie) {
    }

    public InstallPage openInstallPage() {
        HttpResponse<String> page = get("/slack/install", null);
        Matcher href = HREF.matcher(page.body());
        String authorizeUrl = href.find() ? href.group(1).replace("&amp;", "&") : null;
        String state = authorizeUrl == null ? null : queryParameter(authorizeUrl, "state");
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(STATE_COOKIE + "="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst().orElse(null);
        return new InstallPage(page, authorizeUrl, state, cookie);
    }

    /** The browser coming back from Slack to the redirect URL. */
    public HttpResponse<String> redirect(String query, String cookie) {
        return get("/slack/oauth_redirect?" + query, cookie);
    }

    /** The whole flow for one tenant; Slack's answers for it are stubbed first. */
    public HttpResponse<String> install(Tenant tenant) {
        stubSlackFor(tenant);
        InstallPage page = openInstallPage();
        return redirect("code=" + tenant.code() + "&state=" + page.state(), page.cookie());
    }

    /** {@code oauth.v2.access} for the tenant's code, and {@code auth.test} for its new token. */
    public static void stubSlackFor(Tenant tenant) {
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/oauth.v2.access"))
                .withRequestBody(containing("code=" + tenant.code()))
                .willReturn(SlackApiStub.okJson(accessResponse(tenant))));
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/auth.test"))
                .withHeader("Authorization", equalTo("Bearer " + tenant.botToken()))
                .willReturn(SlackApiStub.okJson("""
                        {"ok":true,"url":"%s","team":"%s","user":"techvoice","team_id":"%s","user_id":"%s",\
                        "bot_id":"%s","enterprise_id":%s,"is_enterprise_install":%s}""".formatted(
                        tenant.orgWide() ? "https://" + tenant.enterpriseName().toLowerCase().replace(' ', '-') + ".enterprise.slack.com/"
                                : "https://" + tenant.teamId().toLowerCase() + ".slack.com/",
                        tenant.orgWide() ? tenant.enterpriseName() : tenant.teamName(),
                        tenant.orgWide() ? tenant.enterpriseId() : tenant.teamId(), tenant.botUserId(), tenant.botId(),
                        json(tenant.enterpriseId()), tenant.orgWide()))));
    }

    /** Slack's documented {@code oauth.v2.access} success: {@code team} is null for an org-wide install. */
    public static String accessResponse(Tenant tenant) {
        return """
                {"ok":true,"access_token":"%s","token_type":"bot","scope":"commands","bot_user_id":"%s","app_id":"%s",\
                "team":%s,"enterprise":%s,"is_enterprise_install":%s,\
                "authed_user":{"id":"%s"}}""".formatted(tenant.botToken(), tenant.botUserId(), APP_ID,
                tenant.orgWide() ? "null" : "{\"name\":\"" + tenant.teamName() + "\",\"id\":\"" + tenant.teamId() + "\"}",
                tenant.enterpriseId() == null ? "null"
                        : "{\"name\":\"" + tenant.enterpriseName() + "\",\"id\":\"" + tenant.enterpriseId() + "\"}",
                tenant.orgWide(), tenant.installerUserId());
    }

    private static String json(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    public static String queryParameter(String url, String name) {
        String query = URI.create(url).getRawQuery();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    public HttpResponse<String> get(String pathAndQuery, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(10));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
