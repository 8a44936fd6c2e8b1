package org.techvoice.surveys;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.techvoice.support.SurveyPayloads.checked;
import static org.techvoice.support.SurveyPayloads.selected;
import static org.techvoice.support.SurveyPayloads.text;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SurveyPayloads;
import org.techvoice.support.SlackTestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** Drives the survey modals as a person in Slack would, for the survey tests. */
final class SurveySlack {

    static final String TEAM = SlackTestClient.TEAM;
    static final String NEW_YORK = "U0TECH006";
    static final List<String> CHANNEL_MEMBERS = List.of("U0TECH001", "U0TECH002", "U0TECH003", "U0TECH004", "U0TECH005",
            NEW_YORK, "U0TECH007");

    private final SlackTestClient slack;

    SurveySlack(SlackTestClient slack) {
        this.slack = slack;
    }

    /** Answers views.open/push/update, and the outbox's conversations.open and chat.postMessage, like Slack. */
    static void stubViews() {
        for (String method : List.of("views.open", "views.push", "views.update")) {
            SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/" + method)).willReturn(SlackApiStub.okJson(
                    "{\"ok\":true,\"view\":{\"id\":\"V0STUB\"}}")));
        }
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/conversations.open")).willReturn(SlackApiStub.okJson(
                "{\"ok\":true,\"channel\":{\"id\":\"D0DM00001\"}}")));
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/chat.postMessage")).willReturn(SlackApiStub.okJson(
                "{\"ok\":true,\"channel\":\"D0DM00001\",\"ts\":\"1764500000.000100\"}")));
    }

    JsonNode openBuilder(String user) {
        int before = SlackApiStub.calls("views.open").size();
        HttpResponse<String> response = slack.slashCommand(TEAM, user, "/tc", "survey new");
        assertThat(response.statusCode()).isEqualTo(200);
        List<Map<String, String>> opened = SlackApiStub.calls("views.open");
        assertThat(opened).hasSize(before + 1);
        JsonNode view = SlackJson.parse(opened.get(before).get("view"));
        assertThat(view.path("callback_id").asText()).isEqualTo("survey_builder");
        return view;
    }

    /** Submits the builder's first page; returns the response body. */
    HttpResponse<String> submitBuilder(String user, Map<String, JsonNode> values) {
        return slack.interactive(SurveyPayloads.viewSubmission(TEAM, user, openBuilder(user), "V0BUILDER", null, values));
    }

    /** Builds and schedules a survey from the first page's values; returns its id. */
    long buildAndSchedule(String user, Map<String, JsonNode> values) {
        JsonNode update = SlackJson.parse(submitBuilder(user, values).body());
        assertThat(update.path("response_action").asText()).as(update.toString()).isEqualTo("update");
        JsonNode questions = update.path("view");
        HttpResponse<String> scheduled = slack.interactive(SurveyPayloads.viewSubmission(TEAM, user, questions, "V0BUILDER", null, Map.of()));
        assertThat(SlackJson.parse(scheduled.body()).path("response_action").asText()).isEqualTo("clear");
        return Long.parseLong(questions.path("private_metadata").asText());
    }

    /** Presses Answer and goes through every page with {@code rating} (or the first option) everywhere. */
    void answer(long surveyId, String user, String rating, String comment) {
        JsonNode page = pressAnswer(surveyId, user);
        while (true) {
            HttpResponse<String> next = slack.interactive(SurveyPayloads.viewSubmission(TEAM, user, page, "V0ANSWER", null, fill(page, rating, comment)));
            JsonNode body = SlackJson.parse(next.body());
            assertThat(body.path("response_action").asText()).as(next.body()).isEqualTo("update");
            if (!"survey_answer".equals(body.path("view").path("callback_id").asText())) {
                assertThat(SlackJson.allText(next.body())).containsAnyOf("Thank you, your answers are in", "Your answers are updated");
                return;
            }
            page = body.path("view");
        }
    }

    JsonNode pressAnswer(long surveyId, String user) {
        int before = SlackApiStub.calls("views.open").size();
        slack.interactive(SurveyPayloads.buttonInMessage(TEAM, user, "survey_answer_open", Long.toString(surveyId)));
        List<Map<String, String>> opened = SlackApiStub.calls("views.open");
        assertThat(opened).hasSize(before + 1);
        return SlackJson.parse(opened.get(before).get("view"));
    }

    /** Every input on the page answered: ratings and single choices with {@code rating} or the first option, checkboxes with one. */
    static Map<String, JsonNode> fill(JsonNode view, String rating, String comment) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (JsonNode block : view.path("blocks")) {
            if (!block.path("type").asText().equals("input")) {
                continue;
            }
            JsonNode element = block.path("element");
            String id = block.path("block_id").asText();
            switch (element.path("type").asText()) {
                case "radio_buttons" -> {
                    List<String> options = new ArrayList<>();
                    element.path("options").forEach(o -> options.add(o.path("value").asText()));
                    values.put(id, selected("radio_buttons", options.contains(rating) ? rating : options.get(0)));
                }
                case "checkboxes" -> values.put(id, checked(element.path("options").get(0).path("value").asText()));
                case "plain_text_input" -> {
                    if (comment != null) {
                        values.put(id, text(comment));
                    }
                }
                default -> throw new AssertionError("unexpected element " + element);
            }
        }
        return values;
    }

    /** A channel of seven people and the bot; everyone in London except {@link #NEW_YORK}. */
    static void stubDirectory(String channel) {
        var server = SlackApiStub.server();
        server.stubFor(post(urlPathEqualTo("/api/conversations.members")).withRequestBody(containing("channel=" + channel))
                .willReturn(SlackApiStub.okJson("""
                {"ok":true,"members":["%s","%s"],"response_metadata":{"next_cursor":""}}"""
                        .formatted(String.join("\",\"", CHANNEL_MEMBERS), SlackApiStub.BOT_USER))));
        server.stubFor(post(urlPathEqualTo("/api/users.info")).atPriority(10).willReturn(SlackApiStub.okJson("""
                {"ok":true,"user":{"id":"U0SOMEONE","team_id":"T0TEST001","name":"tech","deleted":false,"is_bot":false,
                "is_app_user":false,"tz":"Europe/London"}}""")));
        stubUser(NEW_YORK, false, "America/New_York");
        stubUser(SlackApiStub.BOT_USER, true, null);
        CHANNEL_MEMBERS.stream().filter(u -> !u.equals(NEW_YORK)).forEach(u -> stubUser(u, false, "Europe/London"));
    }

    static void stubUser(String user, boolean bot, String tz) {
        SlackApiStub.server().stubFor(post(urlPathEqualTo("/api/users.info")).atPriority(1).withRequestBody(containing("user=" + user))
                .willReturn(SlackApiStub.okJson("""
                {"ok":true,"user":{"id":"%s","team_id":"T0TEST001","name":"%s","deleted":false,"is_bot":%s,
                "is_app_user":false%s}}""".formatted(user, user.toLowerCase(), bot, tz == null ? "" : ",\"tz\":\"" + tz + "\""))));
    }
}
