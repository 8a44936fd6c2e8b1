package org.techvoice.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.middleware.MiddlewareOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.auth.AuthTestResponse;

/**
 * Authorises requests with the single-workspace bot token.
 *
 * <p>Bolt's built-in equivalent calls {@code auth.test} inside the {@code App} constructor and throws when
 * Slack cannot be reached, so a network blip at boot would stop the whole service. Here the check happens on
 * the first request, is cached, and a failure is answered with a clear message instead of a 500.
 */
final class SingleWorkspaceAuthorization implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(SingleWorkspaceAuthorization.class);
    private static final Duration CACHE_FOR = Duration.ofMinutes(30);

    static final String UNREACHABLE =
            ":warning: TechVoice can't confirm its Slack connection right now, so nothing was done. "
                    + "Please try again in a minute; if it keeps happening, ask your TechVoice admin to check the bot token.";

    private final String botToken;
    private final Clock clock;
    private volatile AuthTestResponse authTest;
    private volatile Instant checkedAt = Instant.MIN;

    SingleWorkspaceAuthorization(String botToken, Clock clock) {
        this.botToken = botToken;
        this.clock = clock;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (MiddlewareOps.isNoAuthRequiredRequest(req.getRequestType()) || MiddlewareOps.isNoTokenRequiredRequest(req)) {
            return chain.next(req);
        }
        AuthTestResponse auth = authTest(req);
        if (auth == null) {
            return refusal(req.getRequestType());
        }
        req.getContext().setBotToken(botToken);
        req.getContext().setBotUserId(auth.getUserId());
        req.getContext().setBotId(auth.getBotId());
        req.getContext().setAuthTestResponse(auth);
        return chain.next(req);
    }

    private AuthTestResponse authTest(Request<?> req) {
        AuthTestResponse cached = authTest;
        if (cached != null && checkedAt.plus(CACHE_FOR).isAfter(clock.instant())) {
            return cached;
        }
        try {
            AuthTestResponse fresh = req.getContext().client().authTest(r -> r.token(botToken));
            if (fresh.isOk()) {
                authTest = fresh;
                checkedAt = clock.instant();
                return fresh;
            }
            log.error("Slack rejected SLACK_BOT_TOKEN (auth.test: {}); check the token in the app's OAuth page", fresh.getError());
        } catch (Exception e) {
            log.warn("auth.test could not reach Slack: {}", e.getMessage());
        }
        // a token checked recently stays usable through a short outage of auth.test itself
        return cached;
    }

    /** Slash commands show the text of a 200 reply to the user; other kinds only need a status. */
    private static Response refusal(RequestType type) {
        if (type == RequestType.Command) {
            return Response.json(200, SlackReplies.ephemeral(UNREACHABLE));
        }
        return Response.json(503, "{\"error\":\"slack_unreachable\"}");
    }
}
