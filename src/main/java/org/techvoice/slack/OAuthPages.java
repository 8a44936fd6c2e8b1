package org.techvoice.slack;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.HtmlUtils;

import com.slack.api.bolt.App;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.service.builtin.oauth.OAuthV2AccessErrorHandler;
import com.slack.api.bolt.service.builtin.oauth.view.OAuthInstallPageRenderer;
import com.slack.api.bolt.service.builtin.oauth.view.OAuthRedirectUriPageRenderer;

/**
 * The pages a person sees while installing TechVoice: the "Add to Slack" page at {@code /slack/install} and
 * the outcome at {@code /slack/oauth_redirect}. Every failure says what happened and what to do next; nothing
 * a browser sent is echoed unescaped, and no internal error text is shown.
 */
final class OAuthPages implements OAuthInstallPageRenderer, OAuthRedirectUriPageRenderer {

    private static final Logger log = LoggerFactory.getLogger(OAuthPages.class);

    static final String INVALID_STATE = "invalid_state";
    static final String CANCELLED = "access_denied";
    static final String STORAGE_FAILED = "storage_failed";
    static final String INVALID_APP_CONFIG = "invalid_app_config";
    static final String TOKEN_ROTATION = "token_rotation";

    private static final Map<String, String> EXPLANATIONS = Map.of(
            INVALID_STATE, "This installation link has expired or has already been used. Each link works once, for "
                    + "a few minutes, in the browser that opened it. Nothing was installed.",
            CANCELLED, "The installation was cancelled in Slack, so nothing was installed.",
            STORAGE_FAILED, "Slack approved the installation, but TechVoice could not save it, so it is not installed. "
                    + "Please try again in a minute; if it keeps happening, tell whoever runs TechVoice.",
            INVALID_APP_CONFIG, "TechVoice is not set up for installation yet (its Slack client id is missing). "
                    + "Tell whoever runs TechVoice.",
            "invalid_code", "Slack did not accept the installation code (it may have been used already). Nothing was installed.",
            "code_already_used", "This installation code was already used. Nothing more was installed.",
            TOKEN_ROTATION, StoredInstallationService.TOKEN_ROTATION_UNSUPPORTED.substring(0, 1).toUpperCase()
                    + StoredInstallationService.TOKEN_ROTATION_UNSUPPORTED.substring(1) + ". Tell whoever runs TechVoice.",
            "bad_redirect_uri", "The redirect URL TechVoice sent does not match the one registered for the Slack app "
                    + "(SLACK_REDIRECT_URI). Tell whoever runs TechVoice.");

    private final String installPath;

    OAuthPages(String installPath) {
        this.installPath = installPath;
    }

    @Override
    public String render(String authorizeUrl) {
        return page("Add TechVoice to Slack", """
                <p>TechVoice helps technicians log their contributions and achievements against the Technician \
                Commitment, and helps your institution's lead build the self-assessment from them.</p>
                <p><a class="button" href="%s">Add to Slack</a></p>
                <p class="small">You will be asked to approve what TechVoice may do in your workspace. \
                The link works once, for a few minutes, in this browser.</p>""".formatted(HtmlUtils.htmlEscape(authorizeUrl)));
    }

    @Override
    public String renderSuccessPage(Installer installer, String completionUrl) {
        boolean org = installer != null && Boolean.TRUE.equals(installer.getIsEnterpriseInstall());
        DefaultInstaller named = installer instanceof DefaultInstaller d ? d : null;
        String where = org ? nameOr(named == null ? null : named.getEnterpriseName(), "your organisation")
                : nameOr(named == null ? null : named.getTeamName(), "your workspace");
        String next = org
                ? "Next, add TechVoice to the workspaces of your organisation that should use it, in Slack's app management."
                : "Open Slack and type <code>/tc help</code> in any channel to start.";
        String link = completionUrl != null && !completionUrl.isBlank() ? completionUrl : slackLink(installer, org);
        return page("TechVoice is installed", "<p>TechVoice is installed in <strong>" + HtmlUtils.htmlEscape(where)
                + "</strong>. " + next + "</p>\n<p><a class=\"button\" href=\"" + HtmlUtils.htmlEscape(link)
                + "\">Open Slack</a></p>");
    }

    @Override
    public String renderFailurePage(String installPath, String reason) {
        String explanation = reason != null && EXPLANATIONS.containsKey(reason) ? EXPLANATIONS.get(reason)
                : "Slack did not complete the installation (" + (reason == null ? "no reason given" : reason)
                        + "). Nothing was installed.";
        return page("TechVoice was not installed", "<p>" + HtmlUtils.htmlEscape(explanation) + "</p>\n<p><a class=\"button\" href=\""
                + HtmlUtils.htmlEscape(installPath == null ? this.installPath : installPath) + "\">Start again</a></p>");
    }

    /** Replaces Bolt's default outcome handlers, which show raw exception text and answer 200 to everything. */
    void register(App app) {
        app.oauthCallbackStateError((request, response) -> {
            log.warn("Refused an OAuth callback with a missing, unknown, used or expired state");
            return failure(response, 400, INVALID_STATE);
        });
        app.oauthCallbackError((request, response) -> {
            String error = request.getPayload().getError();
            // the browser chose this text: no CR/LF (or other control characters) may forge log lines
            log.info("The OAuth installation was not approved in Slack: {}", loggable(error));
            return failure(response, CANCELLED.equals(error) ? 200 : 400, error);
        });
        app.oauthCallbackAccessError((OAuthV2AccessErrorHandler) (request, response, access) -> {
            log.warn("Slack refused oauth.v2.access: {}", access.getError());
            return failure(response, 400, access.getError());
        });
        app.oauthCallbackException((request, response, e) -> {
            log.error("The OAuth callback failed", e);
            return failure(response, 500, STORAGE_FAILED);
        });
        app.oauthPersistenceErrorCallback(args -> {
            String reason = StoredInstallationService.TOKEN_ROTATION_UNSUPPORTED.equals(args.getError().getMessage())
                    ? TOKEN_ROTATION : STORAGE_FAILED;
            log.error("Could not store an installation ({})", reason, args.getError());
            failure(args.getResponse(), 500, reason);
        });
    }

    /** The text with control characters (CR, LF, tabs…) replaced, and cut to a sensible length. */
    static String loggable(String text) {
        if (text == null) {
            return null;
        }
        String clean = text.replaceAll("\\p{Cntrl}", "_");
        return clean.length() <= 100 ? clean : clean.substring(0, 100) + "…";
    }

    private Response failure(Response response, int status, String reason) {
        response.setStatusCode(status);
        response.setContentType("text/html; charset=utf-8");
        response.setBody(renderFailurePage(installPath, reason));
        return response;
    }

    private static String slackLink(Installer installer, boolean org) {
        if (installer == null || installer.getAppId() == null) {
            return "slack://open";
        }
        if (org && installer.getEnterpriseUrl() != null) {
            return installer.getEnterpriseUrl() + "manage/organization/apps/profile/" + installer.getAppId() + "/workspaces/add";
        }
        return installer.getTeamId() == null ? "slack://open" : "slack://app?team=" + installer.getTeamId() + "&id=" + installer.getAppId();
    }

    private static String nameOr(String name, String otherwise) {
        return name == null || name.isBlank() ? otherwise : name;
    }

    private static String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s</title>
                <style>
                body { font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; color: #1d1c1d; }
                h1 { color: #1d4f91; font-size: 1.6rem; }
                .button { display: inline-block; background: #1d4f91; color: #fff; padding: .6rem 1.2rem; border-radius: 4px; text-decoration: none; }
                .small { color: #616061; font-size: .9rem; }
                </style>
                </head>
                <body>
                <h1>%1$s</h1>
                %2$s
                </body>
                </html>
                """.formatted(title, body);
    }

}
