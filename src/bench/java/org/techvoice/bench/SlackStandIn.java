package org.techvoice.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Slack's Web API on loopback, so nothing leaves the machine: answers what Bolt and TechVoice call
 * ({@code auth.test}, {@code chat.postMessage}, {@code conversations.open}, {@code views.open}, uploads...).
 *
 * <p>With {@link Limits} it behaves like Slack under pressure: at most one message per second per channel, and
 * beyond a workspace-wide message rate a {@code 429} with {@code Retry-After}. Every accepted message is
 * recorded, so lost and duplicated DMs can be counted afterwards.
 *
 * <p>Like Slack, {@code chat.postMessage} to a user id posts in the app's DM with that person ({@code D<user id>}
 * here), paced and recorded as that DM channel, and answers with the DM's id. {@code users.list} pages through the
 * workspace's people ({@link #workspaceUsers}), at most 200 a page, Tier 2 (20 a minute, a minute's burst).
 */
final class SlackStandIn implements AutoCloseable {

    /**
     * @param perChannelIntervalMillis least time between two accepted messages in one channel (Slack: 1 s)
     * @param workspacePerSecond       messages per second accepted across the workspace; 0 for no limit
     * @param tier3PerSecond           {@code conversations.open} calls per second accepted (Slack: Tier 3); 0 for no limit
     */
    record Limits(long perChannelIntervalMillis, int workspacePerSecond, int tier3PerSecond) {
        static final Limits NONE = new Limits(0, 0, 0);
    }

    /** Slack's Tier 2 (users.list): 20 a minute. */
    private static final int TIER2_PER_MINUTE = 20;
    private static final int USERS_LIST_MAX_PAGE = 200;

    /** One message Slack accepted. */
    record Accepted(String channel, String text, long atMillis) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final Limits limits;
    private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();
    private final Map<String, Long> lastPostPerChannel = new ConcurrentHashMap<>();
    private final List<Accepted> accepted = new CopyOnWriteArrayList<>();
    private final AtomicLong rateLimited = new AtomicLong();
    private final String botUser = "U0BENCHBOT";
    private final Bucket messages;
    private final Bucket tier3;
    private final Bucket tier2 = new Bucket(TIER2_PER_MINUTE / 60.0, TIER2_PER_MINUTE);
    private final AtomicLong tsCounter = new AtomicLong();
    private volatile List<String> workspaceUsers = List.of();

    SlackStandIn(Limits limits) throws IOException {
        this.limits = limits;
        this.messages = new Bucket(limits.workspacePerSecond(), limits.workspacePerSecond());
        this.tier3 = new Bucket(limits.tier3PerSecond(), limits.tier3PerSecond());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(executor);
        server.createContext("/api/", this::handle);
        server.createContext("/upload/", exchange -> reply(exchange, 200, "OK", Map.of()));
        server.start();
    }

    /** Runs the stand-in on its own, for trying an app by hand: prints its API URL and serves until killed. */
    public static void main(String[] args) throws Exception {
        SlackStandIn standIn = new SlackStandIn(Limits.NONE);
        System.out.println(standIn.apiUrl());
        Thread.sleep(Long.MAX_VALUE);
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
    }

    long calls(String method) {
        AtomicLong count = calls.get(method);
        return count == null ? 0 : count.get();
    }

    Map<String, AtomicLong> allCalls() {
        return calls;
    }

    List<Accepted> accepted() {
        return accepted;
    }

    long rateLimited() {
        return rateLimited.get();
    }

    /** The people users.list answers with (human technicians; users.info answers for anyone). */
    void workspaceUsers(List<String> userIds) {
        this.workspaceUsers = List.copyOf(userIds);
    }

    void forget() {
        calls.clear();
        accepted.clear();
        lastPostPerChannel.clear();
        rateLimited.set(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        calls.computeIfAbsent(method, m -> new AtomicLong()).incrementAndGet();
        Map<String, String> form = form(exchange);
        switch (method) {
            case "auth.test" -> reply(exchange, 200, """
                    {"ok":true,"url":"https://bench.slack.com/","team":"Bench University","user":"techvoice",\
                    "team_id":"%s","user_id":"%s","bot_id":"B0BENCHBOT","is_enterprise_install":false}"""
                    .formatted(BenchConfig.TEAM, botUser), Map.of());
            case "chat.postMessage" -> postMessage(exchange, form);
            case "conversations.open" -> openConversation(exchange, form);
            case "files.getUploadURLExternal" -> reply(exchange, 200, """
                    {"ok":true,"upload_url":"%s/upload/F0BENCH","file_id":"F0BENCH"}"""
                    .formatted(apiUrl().replace("/api", "")), Map.of());
            case "files.completeUploadExternal" -> reply(exchange, 200, """
                    {"ok":true,"files":[{"id":"F0BENCH","title":"upload"}]}""", Map.of());
            case "users.list" -> usersList(exchange, form);
            case "users.info" -> reply(exchange, 200, """
                    {"ok":true,"user":{"id":"%1$s","team_id":"%2$s","name":"tech-%1$s","deleted":false,"tz":"Europe/London",\
                    "is_admin":false,"is_owner":false,"is_primary_owner":false,"is_bot":false,"is_app_user":false,\
                    "profile":{"real_name":"Technician %1$s","display_name":"tech-%1$s","email":"%1$s@bench.example.ac.uk"}}}"""
                    .formatted(form.getOrDefault("user", "U0"), BenchConfig.TEAM), Map.of());
            case "views.open", "views.publish", "views.update", "views.push" -> reply(exchange, 200, """
                    {"ok":true,"view":{"id":"V0BENCH","type":"modal"}}""", Map.of());
            default -> reply(exchange, 200, "{\"ok\":true}", Map.of());
        }
    }

    private void openConversation(HttpExchange exchange, Map<String, String> form) throws IOException {
        long waitMillis = tier3.admit();
        if (waitMillis > 0) {
            rateLimited.incrementAndGet();
            reply(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}",
                    Map.of("Retry-After", Long.toString(Math.max(1, (waitMillis + 999) / 1000))));
            return;
        }
        reply(exchange, 200, """
                {"ok":true,"channel":{"id":"D%s"}}""".formatted(firstUser(form.getOrDefault("users", "U0"))), Map.of());
    }

    private void usersList(HttpExchange exchange, Map<String, String> form) throws IOException {
        long waitMillis = tier2.admit();
        if (waitMillis > 0) {
            rateLimited.incrementAndGet();
            reply(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}",
                    Map.of("Retry-After", Long.toString(Math.max(1, (waitMillis + 999) / 1000))));
            return;
        }
        List<String> users = workspaceUsers;
        int from = form.getOrDefault("cursor", "").isEmpty() ? 0 : Integer.parseInt(form.get("cursor"));
        String asked = form.getOrDefault("limit", "");
        int limit = asked.isEmpty() || Integer.parseInt(asked) <= 0 ? USERS_LIST_MAX_PAGE : Math.min(USERS_LIST_MAX_PAGE, Integer.parseInt(asked));
        int to = Math.min(users.size(), from + limit);
        StringBuilder members = new StringBuilder();
        for (int i = from; i < to; i++) {
            members.append(i == from ? "" : ",").append("""
                    {"id":"%1$s","team_id":"%2$s","name":"tech-%1$s","deleted":false,"tz":"Europe/London","is_admin":false,\
                    "is_owner":false,"is_primary_owner":false,"is_bot":false,"is_app_user":false,\
                    "profile":{"real_name":"Technician %1$s","display_name":"tech-%1$s"}}""".formatted(users.get(i), BenchConfig.TEAM));
        }
        reply(exchange, 200, """
                {"ok":true,"members":[%s],"response_metadata":{"next_cursor":"%s"}}"""
                .formatted(members, to < users.size() ? Integer.toString(to) : ""), Map.of());
    }

    private void postMessage(HttpExchange exchange, Map<String, String> form) throws IOException {
        String given = form.getOrDefault("channel", "");
        // Slack posts a message addressed to a user id in the app's DM with that person
        String channel = given.matches("[UW][A-Z0-9]+") ? "D" + given : given;
        long now = System.currentTimeMillis();
        long waitMillis = admit(channel, now);
        if (waitMillis > 0) {
            rateLimited.incrementAndGet();
            // Slack sends whole seconds
            long seconds = Math.max(1, (waitMillis + 999) / 1000);
            reply(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}", Map.of("Retry-After", Long.toString(seconds)));
            return;
        }
        accepted.add(new Accepted(channel, form.getOrDefault("text", ""), now));
        String ts = (now / 1000) + "." + String.format("%06d", tsCounter.incrementAndGet() % 1_000_000);
        reply(exchange, 200, """
                {"ok":true,"channel":"%s","ts":"%s","message":{"type":"message","text":"","bot_id":"B0BENCHBOT"}}"""
                .formatted(channel, ts), Map.of());
    }

    /** @return 0 when the message may be accepted now, else how long until it could be */
    private synchronized long admit(String channel, long now) {
        if (limits.perChannelIntervalMillis() > 0) {
            Long last = lastPostPerChannel.get(channel);
            if (last != null && now - last < limits.perChannelIntervalMillis()) {
                return limits.perChannelIntervalMillis() - (now - last);
            }
        }
        long wait = messages.admit();
        if (wait > 0) {
            return wait;
        }
        if (limits.perChannelIntervalMillis() > 0) {
            lastPostPerChannel.put(channel, now);
        }
        return 0;
    }

    /** A workspace-wide token bucket, refilled continuously, holding at most {@code burst} tokens; rate 0 admits all. */
    private static final class Bucket {
        private final double perSecond;
        private final double burst;
        private double tokens;
        private long refilledAt = System.nanoTime();

        Bucket(double perSecond, double burst) {
            this.perSecond = perSecond;
            this.burst = burst;
            this.tokens = burst;
        }

        /** @return 0 when admitted (a token is taken), else the milliseconds until one is free */
        synchronized long admit() {
            if (perSecond <= 0) {
                return 0;
            }
            long nanos = System.nanoTime();
            tokens = Math.min(burst, tokens + (nanos - refilledAt) / 1e9 * perSecond);
            refilledAt = nanos;
            if (tokens < 1) {
                return (long) Math.ceil((1 - tokens) / perSecond * 1000);
            }
            tokens -= 1;
            return 0;
        }
    }

    private static String firstUser(String users) {
        int comma = users.indexOf(',');
        return comma < 0 ? users : users.substring(0, comma);
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.startsWith("application/json")) {
            return form; // only the form-encoded calls carry what the stand-in looks at
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            form.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    private static void reply(HttpExchange exchange, int status, String json, Map<String, String> headers) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
