package org.techvoice.slack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techvoice.RequestTraffic;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;

/**
 * Bolt's {@link App}, except that a request no listener handles, or whose listener throws, gets a clear
 * answer from {@link UnhandledRequests} instead of Bolt's 404 or a 500. Being the last step of dispatch, it
 * covers listeners that other features add later without any ordering between them.
 */
final class AnsweringApp extends App {

    /** Set on fallback answers, so tests (ManifestTest) can tell "handled" from "answered because unhandled". */
    static final String UNHANDLED_HEADER = "X-TechVoice-Unhandled";

    private static final Logger log = LoggerFactory.getLogger(AnsweringApp.class);

    private final UnhandledRequests unhandled;
    private final List<Middleware> authorization;
    private final MeterRegistry meters;
    /**
     * One timer per kind and status class, looked up rather than built again for each request: building one (its
     * tags, its distribution settings) and finding it in the registry was a measurable part of an ack's CPU.
     */
    private final Map<String, Timer> acks = new ConcurrentHashMap<>();
    private final RequestTraffic traffic;

    /**
     * @param meters  where acknowledgement times go (a registry without backends when metrics are off)
     * @param traffic told of each request that comes over Socket Mode; HTTP requests are told of by
     *                {@link SlackSignatureFilter}, which also sees those it answers itself
     */
    AnsweringApp(AppConfig config, Slack slack, List<Middleware> middleware, UnhandledRequests unhandled, MeterRegistry meters,
            RequestTraffic traffic) {
        super(config, slack, middleware);
        this.traffic = traffic;
        this.unhandled = unhandled;
        this.authorization = List.copyOf(middleware);
        this.meters = meters;
    }

    /**
     * Times every request from Bolt's parsing to the acknowledgement (authorisation, middleware and listener), by kind
     * ({@code techvoice.slack.acks}, e.g. {@code kind=Command}, {@code kind=Action}) and status class; Slack allows 3 s.
     */
    @Override
    @SuppressWarnings("rawtypes")
    public Response run(Request request) throws Exception {
        long started = System.nanoTime();
        // a Socket Mode request reaches Bolt without passing the servlet filter: background work must wait for it too
        boolean overSocket = request.isSocketMode();
        if (overSocket) {
            traffic.arrived();
        }
        Response response = null;
        try {
            response = super.run(request);
            return response;
        } finally {
            if (overSocket) {
                traffic.answered();
            }
            String status = response == null || response.getStatusCode() == null ? "error" : (response.getStatusCode() / 100) + "xx";
            String kind = String.valueOf(request.getRequestType());
            acks.computeIfAbsent(kind + ' ' + status, key -> Timer.builder("techvoice.slack.acks")
                            .description("Slack requests, from parsing to the acknowledgement")
                            .tag("kind", kind).tag("status", status).register(meters))
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * Confirms the single-workspace bot token (auth.test) now rather than on the first request, where Slack's
     * round trip and the first TLS handshake ate most of the three seconds; false when it could not be confirmed
     * (the first request tries again). OAuth mode has nothing to confirm up front.
     */
    boolean confirmConnection() {
        return authorization.stream().filter(SingleWorkspaceAuthorization.class::isInstance)
                .map(SingleWorkspaceAuthorization.class::cast)
                .allMatch(SingleWorkspaceAuthorization::confirm);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected Response runHandler(Request request) {
        try {
            Response response = super.runHandler(request);
            if (response == null || response.getStatusCode() == null || response.getStatusCode() == 404) {
                log.info("No listener for this {} request; answered as expired", request.getRequestType());
                return marked(unhandled.unhandled(request));
            }
            return response;
        } catch (Exception e) {
            log.error("A listener failed on a {} request", request.getRequestType(), e);
            return unhandled.failed(request);
        }
    }

    private static Response marked(Response response) {
        Map<String, List<String>> headers = response.getHeaders() == null ? new HashMap<>() : new HashMap<>(response.getHeaders());
        headers.put(UNHANDLED_HEADER, List.of("true"));
        response.setHeaders(headers);
        return response;
    }
}
