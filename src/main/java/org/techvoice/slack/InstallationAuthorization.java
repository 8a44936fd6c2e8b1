package org.techvoice.slack;

import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techvoice.installations.InstalledApp;
import org.techvoice.installations.Installations;

import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.middleware.MiddlewareOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;

/**
 * OAuth mode: authorises each request with the stored token of the workspace it came from (or of its org, for
 * an org-wide install), so every workspace is served with its own token and nothing else.
 *
 * <p>Bolt's {@code MultiTeamsAuthorization} is not used: it calls {@code auth.test} with no time limit before
 * the ack, and tells unknown workspaces to install through {@code response_url} after the ack. The stored
 * installation already carries what {@code auth.test} would say (bot user and bot id, from the OAuth exchange),
 * and revoked tokens are deleted when Slack sends {@code tokens_revoked} / {@code app_uninstalled}.
 */
final class InstallationAuthorization implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(InstallationAuthorization.class);

    static final String NOT_INSTALLED = ":wave: TechVoice is not installed in this workspace (or was removed from it), "
            + "so nothing was done. Ask a Slack admin to add it from your TechVoice install page (/slack/install).";

    private final Installations installations;

    InstallationAuthorization(Installations installations) {
        this.installations = installations;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (MiddlewareOps.isNoAuthRequiredRequest(req.getRequestType()) || MiddlewareOps.isNoTokenRequiredRequest(req)) {
            return chain.next(req);
        }
        Context context = req.getContext();
        InstalledApp app = installations.find(context.getEnterpriseId(), context.getTeamId()).orElse(null);
        if (app == null) {
            log.info("A {} request came from team {} (enterprise {}), where TechVoice is not installed",
                    req.getRequestType(), context.getTeamId(), context.getEnterpriseId());
            return refusal(req.getRequestType());
        }
        context.setBotToken(app.botToken());
        context.setBotUserId(app.botUserId());
        context.setBotId(app.botId());
        context.setBotScopes(scopes(app.botScopes()));
        if (context.getEnterpriseId() == null) {
            context.setEnterpriseId(app.enterpriseId());
        }
        return chain.next(req);
    }

    private static List<String> scopes(String scopes) {
        return scopes == null || scopes.isBlank() ? List.of() : Arrays.asList(scopes.split(","));
    }

    /** Slash commands show the text of a 200 reply to the user; other kinds only need a status. */
    private static Response refusal(RequestType type) {
        if (type == RequestType.Command) {
            return Response.json(200, SlackReplies.ephemeral(NOT_INSTALLED));
        }
        return Response.json(401, "{\"error\":\"not_installed\"}");
    }
}
