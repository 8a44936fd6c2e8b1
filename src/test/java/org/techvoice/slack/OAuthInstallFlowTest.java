package org.techvoice.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.installations.Installations;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.support.MutableClock;
import org.techvoice.support.OAuthAppTest;
import org.techvoice.support.OAuthInstaller;
import org.techvoice.support.OAuthInstaller.InstallPage;
import org.techvoice.support.OAuthInstaller.Tenant;
import org.techvoice.support.RepoFiles;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;

/** Distribution by OAuth end to end: the install page, Slack's redirect, the stored installation and its use. */
@OAuthAppTest
class OAuthInstallFlowTest {

    static final Tenant ALPHA = Tenant.workspace("T0ALPHA01", "Alpha University", "U0ALPHADM");
    static final Tenant BRAVO = Tenant.workspace("T0BRAVO02", "Bravo College", "U0BRAVADM");
    static final Tenant GRID = Tenant.org("E0GRID001", "Grid Institute", "W0GRIDADM");
    static final String GRID_WORKSPACE = "T0GRIDWS1";

    @LocalServerPort
    int port;

    @Autowired
    Installations installations;

    @Autowired
    BotTokens botTokens;

    @Autowired
    SlackProperties slackProperties;

    @Autowired
    RoleService roles;

    @Autowired
    MutableClock clock;

    @Autowired
    DataSource dataSource;

    SlackTestClient slack;
    OAuthInstaller browser;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/views.publish")).willReturn(SlackApiStub.okJson("{\"ok\":true}")));
        slack = new SlackTestClient(port);
        browser = new OAuthInstaller(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void oauthSettingsWithAValidKeyStartTheAppInOAuthModeWithoutShowingTheSecret() {
        assertThat(slackProperties.oauthMode()).isTrue();
        assertThat(slackProperties.toString()).doesNotContain(OAuthInstaller.CLIENT_SECRET);
        assertThat(botTokens).isInstanceOf(InstalledBotTokens.class);
    }

    @Test
    void theInstallPageLinksToSlackWithOurClientScopesAndAFreshState() {
        InstallPage page = browser.openInstallPage();

        assertThat(page.response().statusCode()).isEqualTo(200);
        assertThat(page.response().body()).contains("Add to Slack");
        assertThat(page.authorizeUrl()).startsWith("https://slack.com/oauth/v2/authorize?");
        assertThat(OAuthInstaller.queryParameter(page.authorizeUrl(), "client_id")).isEqualTo(OAuthInstaller.CLIENT_ID);
        // a workspace installing through the link grants exactly what the manifest declares
        List<String> manifestScopes = new ArrayList<>();
        Map<?, ?> oauthConfig = (Map<?, ?>) RepoFiles.yaml(RepoFiles.file("manifest/techvoice.yaml")).get("oauth_config");
        ((List<?>) ((Map<?, ?>) oauthConfig.get("scopes")).get("bot")).forEach(scope -> manifestScopes.add(scope.toString()));
        assertThat(OAuthInstaller.queryParameter(page.authorizeUrl(), "scope").split(",")).containsExactlyInAnyOrderElementsOf(manifestScopes);
        assertThat(page.state()).isNotBlank();
        assertThat(page.cookie()).isEqualTo(OAuthInstaller.STATE_COOKIE + "=" + page.state());
        assertThat(browser.openInstallPage().state()).as("every visit gets its own state").isNotEqualTo(page.state());
    }

    @Test
    void twoWorkspacesAndAGridOrgInstallAndEachIsServedWithItsOwnToken() {
        for (Tenant tenant : List.of(ALPHA, BRAVO, GRID)) {
            HttpResponse<String> done = browser.install(tenant);
            assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
            assertThat(done.body()).contains("TechVoice is installed in <strong>"
                    + (tenant.orgWide() ? tenant.enterpriseName() : tenant.teamName()) + "</strong>");
        }
        // Slack was asked with our client credentials (HTTP Basic, as Slack prefers) and each code once
        String credentials = "Basic " + Base64.getEncoder().encodeToString(
                (OAuthInstaller.CLIENT_ID + ":" + OAuthInstaller.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        assertThat(SlackApiStub.server().findAll(postRequestedFor(urlPathEqualTo("/api/oauth.v2.access"))))
                .hasSize(3).allSatisfy(request -> assertThat(request.getHeader("Authorization")).isEqualTo(credentials));
        assertThat(SlackApiStub.calls("oauth.v2.access")).extracting(form -> form.get("code"))
                .containsExactly("code-T0ALPHA01", "code-T0BRAVO02", "code-E0GRID001");

        // each workspace opens the App Home; the view is published with that workspace's own token
        slack.event(ALPHA.teamId(), "Ev0ALPHA01", home("U0ALPHAUSR"), Map.of());
        slack.event(BRAVO.teamId(), "Ev0BRAVO01", home("U0BRAVOUSR"), Map.of());
        slack.event(GRID_WORKSPACE, GRID.enterpriseId(), true, "Ev0GRID001", home("W0GRIDUSR"), Map.of());

        await().atMost(Duration.ofSeconds(10)).until(() -> SlackApiStub.calls("views.publish").size() == 3);
        Map<String, String> tokenByUser = publishedWithToken();
        assertThat(tokenByUser).containsEntry("U0ALPHAUSR", ALPHA.botToken())
                .containsEntry("U0BRAVOUSR", BRAVO.botToken())
                .containsEntry("W0GRIDUSR", GRID.botToken());

        // outbound work (the outbox) finds the same tokens by team alone, the org's workspace through its org
        assertThat(botTokens.botToken(ALPHA.teamId(), null)).contains(ALPHA.botToken());
        assertThat(botTokens.botToken(BRAVO.teamId(), null)).contains(BRAVO.botToken());
        assertThat(botTokens.botToken(GRID_WORKSPACE, null)).contains(GRID.botToken());
        assertThat(botTokens.botToken("T0NEVERIN1", null)).isEmpty();

        // whoever installed administers TechVoice there, and nowhere else
        assertThat(roles.hasRole(ALPHA.teamId(), ALPHA.installerUserId(), Role.ADMIN)).isTrue();
        assertThat(roles.hasRole(BRAVO.teamId(), ALPHA.installerUserId(), Role.ADMIN)).isFalse();
        assertThat(roles.hasRole(GRID_WORKSPACE, GRID.installerUserId(), Role.ADMIN)).isTrue();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void tokensAreStoredOnlyEncryptedAndNeverLogged(CapturedOutput output) {
        Tenant tenant = Tenant.workspace("T0CRYPT01", "Cipher Academy", "U0CRYPADM");
        browser.install(tenant);
        assertThat(output.getAll()).contains("TechVoice installed").doesNotContain(tenant.botToken())
                .doesNotContain(OAuthInstaller.TOKEN_KEY).doesNotContain(OAuthInstaller.CLIENT_SECRET);

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<Map<String, Object>> rows = jdbc.queryForList("select * from installation");
        assertThat(rows).isNotEmpty();
        for (Map<String, Object> row : rows) {
            assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain("xoxb-").doesNotContain("xoxp-"));
        }
        String stored = jdbc.queryForObject("select bot_token_encrypted from installation where team_id = ?", String.class, tenant.teamId());
        assertThat(stored).startsWith("v1:");
        assertThat(installations.botToken(tenant.teamId(), null)).contains(tenant.botToken());
    }

    @Test
    void aTokenCopiedToAnotherInstallationDoesNotDecryptThere() {
        Tenant one = Tenant.workspace("T0SWAP0001", "Swap One", "U0SWAPADM");
        Tenant two = Tenant.workspace("T0SWAP0002", "Swap Two", "U0SWAPADM");
        browser.install(one);
        browser.install(two);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        jdbc.update("update installation set bot_token_encrypted = (select bot_token_encrypted from installation where team_id = ?) "
                + "where team_id = ?", one.teamId(), two.teamId());

        assertThat(installations.botToken(two.teamId(), null)).isEmpty();
        assertThat(installations.botToken(one.teamId(), null)).contains(one.botToken());
    }

    @Test
    void aWorkspaceWithoutAnInstallationIsToldHowToGetOne() {
        HttpResponse<String> response = slack.slashCommand("T0NOTHERE1", "U0SOMEONE", "/tc", "help");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SlackJson.allText(response.body())).contains("TechVoice is not installed in this workspace")
                .doesNotContain("/tc commands");
    }

    @Test
    void anInstalledWorkspaceIsAnswered() {
        Tenant tenant = Tenant.workspace("T0ANSWER1", "Answer Poly", "U0ANSWADM");
        browser.install(tenant);

        HttpResponse<String> response = slack.slashCommand(tenant.teamId(), "U0TECH001", "/tc", "help");

        assertThat(SlackJson.allText(response.body())).contains("TechVoice: /tc commands");
    }

    @Test
    void aForgedStateIsRefusedWithAClearPageAndSlackIsNotAsked() {
        Tenant tenant = Tenant.workspace("T0FORGED1", "Forged", "U0FORGADM");
        OAuthInstaller.stubSlackFor(tenant);

        HttpResponse<String> response = browser.redirect("code=code-T0FORGED1&state=made-up",
                OAuthInstaller.STATE_COOKIE + "=made-up");

        assertRefusedForState(response);
        assertThat(installations.find(null, tenant.teamId())).isEmpty();
    }

    @Test
    void aStateWithoutTheBrowsersCookieIsRefused() {
        Tenant tenant = Tenant.workspace("T0NOCOOKI", "No Cookie", "U0NOCOADM");
        OAuthInstaller.stubSlackFor(tenant);
        InstallPage page = browser.openInstallPage();

        HttpResponse<String> response = browser.redirect("code=code-T0NOCOOKI&state=" + page.state(), null);

        assertRefusedForState(response);
        assertThat(installations.find(null, tenant.teamId())).isEmpty();
    }

    @Test
    void anExpiredStateIsRefused() {
        Tenant tenant = Tenant.workspace("T0EXPIRED", "Expired", "U0EXPIADM");
        OAuthInstaller.stubSlackFor(tenant);
        InstallPage page = browser.openInstallPage();

        clock.advance(Duration.ofMinutes(11));
        HttpResponse<String> response = browser.redirect("code=code-T0EXPIRED&state=" + page.state(), page.cookie());

        assertRefusedForState(response);
        assertThat(installations.find(null, tenant.teamId())).isEmpty();
    }

    @Test
    void aStateWorksOnceOnly() {
        Tenant tenant = Tenant.workspace("T0REPLAY1", "Replay", "U0REPLADM");
        OAuthInstaller.stubSlackFor(tenant);
        InstallPage page = browser.openInstallPage();
        String query = "code=code-T0REPLAY1&state=" + page.state();

        assertThat(browser.redirect(query, page.cookie()).statusCode()).isEqualTo(200);
        HttpResponse<String> replay = browser.redirect(query, page.cookie());

        assertRefusedForState(replay);
        SlackApiStub.server().verify(1, postRequestedFor(urlPathEqualTo("/api/oauth.v2.access")).withRequestBody(containing("code=code-T0REPLAY1")));
    }

    @Test
    void cancellingInSlackSaysNothingWasInstalled() {
        InstallPage page = browser.openInstallPage();

        HttpResponse<String> response = browser.redirect("error=access_denied&state=" + page.state(), page.cookie());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("The installation was cancelled in Slack, so nothing was installed.");
        assertThat(SlackApiStub.calls("oauth.v2.access")).isEmpty();
    }

    @Test
    void slackRefusingTheCodeIsExplainedWithoutEchoingMarkup() {
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/oauth.v2.access"))
                .willReturn(SlackApiStub.okJson("{\"ok\":false,\"error\":\"invalid_code\"}")));
        InstallPage page = browser.openInstallPage();

        HttpResponse<String> response = browser.redirect("code=stale&state=" + page.state(), page.cookie());
        HttpResponse<String> odd = browser.redirect("error=%3Cscript%3Ealert(1)%3C/script%3E&state=x", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Slack did not accept the installation code").contains("href=\"/slack/install\"");
        assertThat(odd.body()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void reinstallingReplacesTheToken() {
        Tenant before = Tenant.workspace("T0REINST1", "Reinstall", "U0REINADM");
        Tenant after = new Tenant(before.teamId(), before.teamName(), null, null, false, "xoxb-T0REINST1-3333-newsecret",
                before.botUserId(), before.botId(), "U0OTHERAD");
        browser.install(before);

        SlackApiStub.reset();
        browser.install(after);

        assertThat(installations.botToken(before.teamId(), null)).contains(after.botToken());
        assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from installation where team_id = ?",
                Integer.class, before.teamId())).isEqualTo(1);
        assertThat(roles.hasRole(before.teamId(), "U0OTHERAD", Role.ADMIN)).isTrue();
    }

    private static void assertRefusedForState(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("This installation link has expired or has already been used")
                .contains("href=\"/slack/install\"");
    }

    private static String home(String user) {
        return """
                {"type":"app_home_opened","user":"%s","channel":"D0DM00001","tab":"home","event_ts":"1700000000.000100"}"""
                .formatted(user);
    }

    private static Map<String, String> publishedWithToken() {
        var requests = SlackApiStub.server().findAll(postRequestedFor(urlPathEqualTo("/api/views.publish")));
        Map<String, String> tokenByUser = new HashMap<>();
        for (var request : requests) {
            String user = OAuthInstaller.queryParameter("http://x/?" + request.getBodyAsString(), "user_id");
            tokenByUser.put(user, request.getHeader("Authorization").substring("Bearer ".length()));
        }
        return tokenByUser;
    }
}
