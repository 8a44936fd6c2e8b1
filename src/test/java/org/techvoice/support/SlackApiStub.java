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

    /** Forgets recorded requests and stubs, then stubs what Bolt needs: auth.test. */
    public static void reset() {
        server().resetAll();
        stubAuthTest();
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
}
