package org.techvoice.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/** A WireMock server standing in for Slack's Web API, with the calls Bolt makes by itself stubbed. */
public final class SlackApiStub {

    public static final String BOT_TOKEN = "xoxb-test-0000-fake";
    public static final String BOT_USER = "U0BOT0001";

    private static WireMockServer server;

    private SlackApiStub() {
    }

    /** One server for the whole test JVM: Spring caches contexts across classes and they keep its URL. */
    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    public static String apiUrl() {
        return server().baseUrl() + "/api";
    }

    /** Forgets recorded requests and stubs, then stubs what Bolt needs (auth.test) and what the outbox calls. */
    public static void reset() {
        server().resetAll();
        stubAuthTest();
        stubDeliveries();
    }

    /**
     * Slack accepting whatever the outbox sends: {@code chat.postMessage} answers with the channel it was given
     * and a fresh ts — given a user id, with the app's DM with them, {@code D<user id>}, as Slack does —,
     * {@code conversations.open} with the DM channel {@code D<user id>}, {@code chat.update} with
     * the channel and ts it was given, and {@code files.uploadV2}'s three steps with file {@code F0FILE0001}.
     * Tests add their own stubs on top (WireMock prefers the newest matching stub).
     */
    public static void stubDeliveries() {
        String form = "{{formData request.body 'form' urlDecode=true}}";
        server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).willReturn(okJson(form + """
                {"ok":true,"channel":"%s","ts":"{{now format='unix'}}.{{randomValue length=6 type='NUMERIC'}}",\
                "message":{"type":"message","text":"","bot_id":"B0BOT0001"}}""".formatted(POSTED_CHANNEL))
                .withTransformers("response-template")));
        server().stubFor(post(urlPathEqualTo("/api/conversations.open")).willReturn(okJson(form + """
                {"ok":true,"channel":{"id":"D{{form.users}}"}}""").withTransformers("response-template")));
        server().stubFor(post(urlPathEqualTo("/api/chat.update")).willReturn(okJson(form + """
                {"ok":true,"channel":"{{form.channel}}","ts":"{{form.ts}}","text":""}""").withTransformers("response-template")));
        server().stubFor(post(urlPathEqualTo("/api/files.getUploadURLExternal")).willReturn(okJson("""
                {"ok":true,"upload_url":"%s/upload/F0FILE0001","file_id":"F0FILE0001"}""".formatted(server().baseUrl()))));
        server().stubFor(post(urlPathEqualTo("/upload/F0FILE0001")).willReturn(aResponse().withStatus(200).withBody("OK")));
        server().stubFor(post(urlPathEqualTo("/api/files.completeUploadExternal")).willReturn(okJson("""
                {"ok":true,"files":[{"id":"F0FILE0001","title":"upload"}]}""")));
    }

    /**
     * A response template for the channel {@code chat.postMessage} posted in (with {@code form} the request's form):
     * the channel given, or for a user id the app's DM with that person, {@code D<user id>}.
     */
    public static final String POSTED_CHANNEL = "{{#matches form.channel '[UW][A-Z0-9]+'}}D{{/matches}}{{form.channel}}";

    /**
     * The {@code chat.postMessage} calls that landed in one channel, oldest first. A DM channel is {@code D<user id>},
     * and a post to the user id itself lands there.
     */
    public static java.util.List<java.util.Map<String, String>> postsTo(String channel) {
        return calls("chat.postMessage").stream().filter(call -> channel.equals(postedChannel(call.get("channel")))).toList();
    }

    /** Where Slack puts a message posted to {@code channel}: a user id means the app's DM with them. */
    public static String postedChannel(String channel) {
        return channel != null && channel.matches("[UW][A-Z0-9]+") ? "D" + channel : channel;
    }

    /** Adds the auth.test answer without forgetting other stubs (used while a context starts). */
    public static void stubAuthTest() {
        server().stubFor(post(urlPathEqualTo("/api/auth.test")).willReturn(okJson("""
                {"ok":true,"url":"https://uni.slack.com/","team":"Test University","user":"techvoice",\
                "team_id":"%s","user_id":"%s","bot_id":"B0BOT0001","is_enterprise_install":false}"""
                .formatted(SlackTestClient.TEAM, BOT_USER))));
    }

    /** The form parameters of every call the app made to {@code method}, oldest first. */
    public static java.util.List<java.util.Map<String, String>> calls(String method) {
        return server().findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/api/" + method)))
                .stream()
                .map(request -> decodeForm(request.getBodyAsString()))
                .toList();
    }

    /** The bearer token of every call the app made to {@code method}, oldest first. */
    public static java.util.List<String> bearerTokens(String method) {
        return server().findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/api/" + method)))
                .stream()
                .map(request -> request.getHeader("Authorization"))
                .map(header -> header != null && header.startsWith("Bearer ") ? header.substring("Bearer ".length()) : null)
                .toList();
    }

    static java.util.Map<String, String> decodeForm(String body) {
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            form.put(key, value);
        }
        return form;
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String json) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8").withBody(json);
    }

    /** users.info answers for {@code userId}: a member with these flags (answers are cached by the app for a minute). */
    public static void stubUser(String userId, boolean workspaceAdmin, boolean bot, boolean deleted) {
        server().stubFor(post(urlPathEqualTo("/api/users.info"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matching("(.*&)?user=" + userId + "(&.*)?"))
                .willReturn(okJson("""
                        {"ok":true,"user":{"id":"%s","team_id":"%s","name":"%s","deleted":%s,"is_admin":%s,"is_owner":false,\
                        "is_primary_owner":false,"is_bot":%s,"is_app_user":false}}"""
                        .formatted(userId, SlackTestClient.TEAM, userId.toLowerCase(), deleted, workspaceAdmin, bot))));
    }

    /** users.info answers user_not_found for {@code userId}. */
    public static void stubUnknownUser(String userId) {
        server().stubFor(post(urlPathEqualTo("/api/users.info"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matching("(.*&)?user=" + userId + "(&.*)?"))
                .willReturn(okJson("{\"ok\":false,\"error\":\"user_not_found\"}")));
    }

    /** users.lookupByEmail finds {@code userId} for {@code email}, or nobody when {@code userId} is null. */
    public static void stubEmail(String email, String userId) {
        String encoded = java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8);
        server().stubFor(post(urlPathEqualTo("/api/users.lookupByEmail"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("email=" + encoded))
                .willReturn(okJson(userId == null ? "{\"ok\":false,\"error\":\"users_not_found\"}"
                        : "{\"ok\":true,\"user\":{\"id\":\"" + userId + "\",\"is_bot\":false}}")));
    }

    /** views.open succeeds. */
    public static void stubViewsOpen() {
        server().stubFor(post(urlPathEqualTo("/api/views.open"))
                .willReturn(okJson("{\"ok\":true,\"view\":{\"id\":\"V0OPENED01\"}}")));
    }

    /** A response_url Slack would give, served by the stand-in; see {@link #responses(String)}. */
    public static String responseUrl(String name) {
        server().stubFor(post(urlPathEqualTo("/respond/" + name)).willReturn(aResponse().withStatus(200).withBody("ok")));
        return server().baseUrl() + "/respond/" + name;
    }

    /** The JSON bodies posted to a {@link #responseUrl(String)}, oldest first. */
    public static java.util.List<String> responses(String name) {
        return server().findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/respond/" + name)))
                .stream().map(r -> r.getBodyAsString()).toList();
    }
}
