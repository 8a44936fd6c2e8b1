package org.techvoice.slack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.techvoice.RequestTraffic;
import org.techvoice.idempotency.HandledRequests;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Guards {@code /slack/events}: only requests signed by Slack within the last five minutes reach Bolt.
 * Anything else is answered here, before any listener or database is touched.
 *
 * <p>A signature covers the timestamp and the exact body, so within those five minutes anyone who captured a
 * request could send it again and it would still verify. Each signature is therefore taken on once: the same
 * signed request again is acknowledged (200, empty) and reaches no listener. A request whose handling failed
 * (5xx) is forgotten again, so it may be retried.
 *
 * <p>Every request, answered here or by Bolt, is reported to {@link RequestTraffic}: background work that competes
 * for the CPU waits while requests are arriving.
 */
final class SlackSignatureFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SlackSignatureFilter.class);

    /** Slack's own payloads stay far below this; anything larger is not from Slack. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    /** Replay keys are global: the signature is unique whatever the workspace. */
    private static final String ANY_TEAM = "";

    private final SlackProperties properties;
    private final SlackRequestVerifier verifier;
    private final HandledRequests handled;
    private final RequestTraffic traffic;

    SlackSignatureFilter(SlackProperties properties, SlackRequestVerifier verifier, HandledRequests handled,
            RequestTraffic traffic) {
        this.properties = properties;
        this.verifier = verifier;
        this.handled = handled;
        this.traffic = traffic;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        traffic.arrived();
        try {
            answer(request, response, chain);
        } finally {
            traffic.answered();
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            reply(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Slack sends POST requests here.");
            return;
        }
        if (!properties.readyForHttp()) {
            reply(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "TechVoice is not connected to Slack yet: set " + properties.missingSettings()
                            + " (see README, 'Connect to Slack').");
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            reply(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Request too large.");
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), MAX_BODY_BYTES);
        if (body == null) {
            reply(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Request too large.");
            return;
        }
        if (!verifier.isValid(request.getHeader("X-Slack-Request-Timestamp"), request.getHeader("X-Slack-Signature"), body)) {
            log.warn("Rejected a request to /slack/events with a missing, wrong or stale signature from {}",
                    request.getRemoteAddr());
            reply(response, HttpServletResponse.SC_UNAUTHORIZED, "Invalid request signature.");
            return;
        }
        // the workspace is not known before Bolt parses the body; the signature alone identifies the request
        String replayKey = "signature:" + request.getHeader("X-Slack-Signature");
        if (!handled.takeOn(ANY_TEAM, replayKey)) {
            log.warn("Ignored a replay of an already handled signed request to /slack/events from {}", request.getRemoteAddr());
            response.setStatus(HttpServletResponse.SC_OK);
            return;
        }
        try {
            chain.doFilter(new VerifiedSlackRequest(request, body), response);
            if (response.getStatus() >= 500) {
                handled.release(ANY_TEAM, replayKey);
            }
        } catch (RuntimeException | ServletException unreadable) {
            // Bolt parses the payload before any listener runs and throws on malformed JSON; Slack never sends
            // that, so it is a caller's mistake (400), not our failure (500)
            log.warn("Could not read a signed request to /slack/events: {}", unreadable.toString());
            handled.release(ANY_TEAM, replayKey);
            if (!response.isCommitted()) {
                response.reset();
                reply(response, HttpServletResponse.SC_BAD_REQUEST, "TechVoice could not read this request.");
            }
        }
    }

    /** Reads the body, or returns null when it is longer than {@code limit}. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? null : bytes;
    }

    private static void reply(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(message);
    }
}
