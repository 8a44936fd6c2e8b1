package org.techvoice.slack;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.middleware.MiddlewareOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.auth.AuthTestResponse;

/**
 * Authorises requests with the single-workspace bot token.
 *
 * <p>Bolt's built-in equivalent calls {@code auth.test} inside the {@code App} constructor and throws when
 * Slack cannot be reached, so a network blip at boot would stop the whole service. Here the check happens on
 * the first request and is remembered once it succeeds; until then every request retries it, through a client
 * whose short time-out keeps the answer inside Slack's three seconds, and a failure gets a clear message.
 */
final class SingleWorkspaceAuthorization implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(SingleWorkspaceAuthorization.class);

    static final String UNREACHABLE =
            ":warning: TechVoice can't confirm its Slack connection right now, so nothing was done. "
                    + "Please try again in a minute; if it keeps happening, ask your TechVoice admin to check the bot token.";

    private final String botToken;
    private final MethodsClient authClient;
    private final Consumer<String> onConfirmed;
    private volatile AuthTestResponse confirmed;

    /**
     * @param authClient  a client for {@code auth.test} alone, with a time-out well under three seconds
     * @param onConfirmed told the team id once the token is confirmed (the workspace is served again)
     */
    SingleWorkspaceAuthorization(String botToken, MethodsClient authClient, Consumer<String> onConfirmed) {
        this.botToken = botToken;
        this.authClient = authClient;
        this.onConfirmed = onConfirmed;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (MiddlewareOps.isNoAuthRequiredRequest(req.getRequestType()) || MiddlewareOps.isNoTokenRequiredRequest(req)) {
            return chain.next(req);
        }
        AuthTestResponse auth = confirmed != null ? confirmed : authTest();
        if (auth == null) {
            return refusal(req.getRequestType());
        }
        req.getContext().setBotToken(botToken);
        req.getContext().setBotUserId(auth.getUserId());
        req.getContext().setBotId(auth.getBotId());
        req.getContext().setAuthTestResponse(auth);
        return chain.next(req);
    }

    /** Confirms the token now unless already done (the warm-up before readiness); true once confirmed. */
    boolean confirm() {
        return confirmed != null || authTest() != null;
    }

    private AuthTestResponse authTest() {
        try {
            AuthTestResponse response = authClient.authTest(r -> r.token(botToken));
            if (response.isOk()) {
                confirmed = response;
                onConfirmed.accept(response.getTeamId());
                return response;
            }
            log.error("Slack rejected SLACK_BOT_TOKEN (auth.test: {}); check the token in the app's OAuth page", response.getError());
        } catch (Exception e) {
            log.warn("auth.test could not reach Slack: {}", e.getMessage());
        }
        return null;
    }

    /** Slash commands show the text of a 200 reply to the user; other kinds only need a status. */
    private static Response refusal(RequestType type) {
        if (type == RequestType.Command) {
            return Response.json(200, SlackReplies.ephemeral(UNREACHABLE));
        }
        return Response.json(503, "{\"error\":\"slack_unreachable\"}");
    }
}
