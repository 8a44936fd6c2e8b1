package org.techvoice.mydata;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.techvoice.support.SlackTestClient.OTHER_TEAM;
import static org.techvoice.support.SlackTestClient.TEAM;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.audit.AuditLog;
import org.techvoice.audit.AuditRecord;
import org.techvoice.people.PeopleService;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.people.TechnicianProfile;
import org.techvoice.privacy.PersonalDataHolder;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code /tc my-data} and {@code /tc forget-me} end to end, with a stand-in feature holding personal data. */
@SlackAppTest
@Import(MyDataAndForgetMeTest.FakeFeature.class)
class MyDataAndForgetMeTest {

    @LocalServerPort
    int port;

    @Autowired
    PeopleService people;

    @Autowired
    RoleService roles;

    @Autowired
    AuditLog audit;

    @Autowired
    FakeHolder fake;

    @Autowired
    JdbcTemplate jdbc;

    SlackTestClient slack;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        slack = new SlackTestClient(port);
    }

    /** A feature that keeps one note per person, the way voice or surveys would keep entries. */
    static class FakeHolder implements PersonalDataHolder {

        final Map<String, String> notes = new ConcurrentHashMap<>();
        final List<String> erased = new ArrayList<>();
        final java.util.Set<String> failFor = ConcurrentHashMap.newKeySet();
        /** People whose erasure waits for this latch: a slow erasure, to show the click is acknowledged first. */
        final Map<String, java.util.concurrent.CountDownLatch> slowFor = new ConcurrentHashMap<>();

        @Override
        public String section() {
            return "fake-entries";
        }

        @Override
        public Object export(String teamId, String userId) {
            String note = notes.get(teamId + ":" + userId);
            return note == null ? List.of() : List.of(Map.of("text", note));
        }

        @Override
        public ErasureReport erase(String teamId, String userId) {
            java.util.concurrent.CountDownLatch slow = slowFor.get(userId);
            if (slow != null) {
                try {
                    slow.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failFor.contains(userId)) {
                throw new IllegalStateException("the fake feature's database is down");
            }
            erased.add(teamId + ":" + userId);
            boolean had = notes.remove(teamId + ":" + userId) != null;
            return new ErasureReport(section(), had ? 1 : 0, 0, had ? "Your entry was deleted." : "");
        }
    }

    @TestConfiguration
    static class FakeFeature {

        @Bean
        FakeHolder fakeHolder() {
            return new FakeHolder();
        }
    }

    /** The one message queued for the person under that key, waiting for the stored-request job that queues it. */
    private JsonNode outboxMessage(String keyPrefix, String userId) {
        String sql = "select payload from outbox_message where team_id = ? and idempotency_key like ? order by id";
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !jdbc.queryForList(sql, String.class, TEAM, keyPrefix + ":" + userId + ":%").isEmpty());
        List<String> payloads = jdbc.queryForList(sql, String.class, TEAM, keyPrefix + ":" + userId + ":%");
        assertThat(payloads).hasSize(1);
        return SlackJson.parse(payloads.get(0));
    }

    @Test
    void myDataSendsAJsonFileOfEverySectionAndNothingOfAnotherTeam() {
        String user = "U0MYDATA1";
        people.register(TEAM, new TechnicianProfile(user, "School of Chemistry", "Laboratory and research technical", "RSciTech"));
        people.register(OTHER_TEAM, new TechnicianProfile(user, "Other University Physics", "IT, digital and data", null));
        roles.grant(TEAM, user, Role.CHAMPION, "U0ADMIN01");
        roles.grant(OTHER_TEAM, user, Role.LEAD, "U0ADMIN01");
        fake.notes.put(TEAM + ":" + user, "Ran the open day");
        fake.notes.put(OTHER_TEAM + ":" + user, "Secret of the other team");

        String answer = SlackJson.allText(slack.slashCommand(TEAM, user, "/tc", "my-data").body());

        assertThat(answer).contains("I'm sending you a direct message with a JSON file").contains("Anonymous answers are not linked");
        JsonNode message = outboxMessage("my-data", user);
        assertThat(message.path("kind").asText()).isEqualTo("UPLOAD_FILES");
        assertThat(message.path("channel").asText()).isEqualTo(user);
        assertThat(message.path("text").asText()).contains("Anonymous survey answers and anonymous ideas are not linked to you");
        JsonNode file = message.path("files").get(0);
        assertThat(file.path("filename").asText()).isEqualTo("techvoice-my-data.json");
        String json = new String(Base64.getDecoder().decode(file.path("content").asText()), StandardCharsets.UTF_8);
        JsonNode export = SlackJson.parse(json);

        assertThat(export.path("user").asText()).isEqualTo(user);
        assertThat(export.path("workspace").asText()).isEqualTo(TEAM);
        assertThat(export.path("anonymousData").asText()).contains("not linked to you");
        JsonNode profile = export.at("/sections/people/technicianProfile");
        assertThat(profile.path("department").asText()).isEqualTo("School of Chemistry");
        assertThat(profile.path("professionalRegistration").asText()).isEqualTo("RSciTech");
        assertThat(profile.path("joinedAt").asText()).isNotEmpty();
        assertThat(export.at("/sections/people/roles")).hasSize(1);
        assertThat(export.at("/sections/people/roles/0/role").asText()).isEqualTo("CHAMPION");
        assertThat(export.at("/sections/people/roles/0/grantedBy").asText()).isEqualTo("U0ADMIN01");
        assertThat(export.at("/sections/fake-entries/0/text").asText()).isEqualTo("Ran the open day");
        assertThat(export.at("/sections/audit").isArray()).isTrue();
        assertThat(export.at("/sections/audit").toString()).contains("role.grant");
        assertThat(json).doesNotContain("Other University Physics").doesNotContain("Secret of the other team").doesNotContain("LEAD");

        // and the outbox delivers it to the person's DM as a file
        await().atMost(Duration.ofSeconds(10)).until(() -> !SlackApiStub.calls("files.completeUploadExternal").isEmpty());
        assertThat(SlackApiStub.calls("conversations.open")).anySatisfy(open -> assertThat(open.get("users")).isEqualTo(user));
        Map<String, String> complete = SlackApiStub.calls("files.completeUploadExternal").get(0);
        assertThat(complete.get("channel_id")).isEqualTo("D" + user);
        assertThat(complete.get("initial_comment")).contains("Anonymous survey answers");
        String uploaded = SlackApiStub.server().findAll(postRequestedFor(urlPathEqualTo("/upload/F0FILE0001"))).get(0).getBodyAsString();
        assertThat(uploaded).contains("\"department\" : \"School of Chemistry\"").contains("Ran the open day")
                .doesNotContain("Secret of the other team");
    }

    @Test
    void forgetMeAsksFirstThenErasesEverySectionAndSaysWhatWasDone() {
        String user = "U0FORGET1";
        people.register(TEAM, new TechnicianProfile(user, "Biosciences", "Clinical, animal and life-science support", null));
        people.register(OTHER_TEAM, new TechnicianProfile(user, "Elsewhere", "Other technical role", null));
        roles.grant(TEAM, user, Role.LEAD, "U0ADMIN01");
        roles.grant(TEAM, "U0FGRANTD", Role.CHAMPION, user);
        audit.record(TEAM, user, "draft.pull", "pulled the 2026 self-assessment draft");
        fake.notes.put(TEAM + ":" + user, "My contribution");
        // a copy of an earlier DM to the person, already delivered (e.g. a previous my-data file)
        jdbc.update("""
                insert into outbox_message (team_id, idempotency_key, kind, payload, status, attempts, next_attempt_at,
                created_at, delivered_at) values (?, ?, 'UPLOAD_FILES', ?, 'DELIVERED', 1, current_timestamp,
                current_timestamp, current_timestamp)""", TEAM, "my-data:" + user + ":earlier",
                "{\"teamId\":\"" + TEAM + "\",\"kind\":\"UPLOAD_FILES\",\"channel\":\"" + user + "\",\"text\":\"old\"}");

        String question = slack.slashCommand(TEAM, user, "/tc", "forget-me").body();
        assertThat(SlackJson.allText(question)).contains("Erase everything TechVoice holds about you?").contains("fake-entries")
                .contains("people").contains("audit");
        assertThat(question).contains("\"action_id\":\"tc_forget_me_confirm\"").contains("\"confirm\":{");
        assertThat(people.find(TEAM, user)).isPresent();

        String responseUrl = SlackApiStub.responseUrl("forget1");
        var click = slack.buttonClick(TEAM, user, "tc_forget_me", "tc_forget_me_confirm", "erase", responseUrl);
        assertThat(click.statusCode()).isEqualTo(200);

        // erasing is stored before the acknowledgement and done by a job; the question says so, the DM says what was done
        await().atMost(Duration.ofSeconds(10)).until(() -> !SlackApiStub.responses("forget1").isEmpty());
        assertThat(SlackApiStub.responses("forget1")).hasSize(1);
        JsonNode reply = SlackJson.parse(SlackApiStub.responses("forget1").get(0));
        assertThat(reply.path("replace_original").asBoolean()).isTrue();
        assertThat(reply.path("text").asText()).contains("Erasing everything TechVoice holds about you");
        await().atMost(Duration.ofSeconds(20)).until(() -> !SlackApiStub.postsTo("D" + user).isEmpty());
        assertThat(SlackApiStub.postsTo("D" + user).get(0).get("text"))
                .contains("• *fake-entries*: 1 deleted, 0 anonymised. Your entry was deleted.")
                .contains("• *people*: 2 deleted, 1 anonymised. Technician profile deleted. Roles removed: lead.")
                .contains("• *audit*: 0 deleted, ")
                .contains("• *sent-messages*: 1 deleted, 0 anonymised. TechVoice's copies of messages it had sent you or that named you were deleted")
                .contains("Anonymous survey answers and ideas were never linked to you");

        assertThat(people.find(TEAM, user)).isEmpty();
        assertThat(roles.rolesOf(TEAM, user)).isEmpty();
        assertThat(fake.erased).containsExactly(TEAM + ":" + user);
        assertThat(fake.notes).doesNotContainKey(TEAM + ":" + user);
        assertThat(roles.holders(TEAM, Role.CHAMPION)).contains("U0FGRANTD");
        assertThat(audit.latest(TEAM, 40)).noneMatch(e -> user.equals(e.actorUserId()) || user.equals(e.subjectUserId()));
        assertThat(audit.latest(TEAM, 40)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("draft.pull");
            assertThat(e.actorUserId()).isEqualTo(AuditRecord.FORGOTTEN);
        });
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where idempotency_key = ?", Long.class,
                "my-data:" + user + ":earlier")).isZero();
        // the confirmation's stored copy keeps neither the person's id nor what it said, once delivered
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("""
                select count(*) from outbox_message where team_id = ? and (idempotency_key like ? or payload like ?
                or payload like ?)""", Long.class, TEAM, "%" + user + "%", "%" + user + "%", "%TechVoice has erased%") == 0);
        // the same person in another workspace is another workspace's business
        assertThat(people.find(OTHER_TEAM, user)).isPresent();
    }

    @Test
    void theClickIsAcknowledgedBeforeASlowErasureAndItsOutcomeFollows() {
        String user = "U0FORGET4";
        people.register(TEAM, new TechnicianProfile(user, "Chemistry", "Laboratory and research technical", null));
        var erasing = new java.util.concurrent.CountDownLatch(1);
        fake.slowFor.put(user, erasing);
        String responseUrl = SlackApiStub.responseUrl("forget4");

        var click = slack.buttonClick(TEAM, user, "tc_forget_me", "tc_forget_me_confirm", "erase", responseUrl);

        assertThat(click.statusCode()).isEqualTo(200);
        assertThat(people.find(TEAM, user)).isPresent();
        await().atMost(Duration.ofSeconds(10)).until(() -> !SlackApiStub.responses("forget4").isEmpty());
        assertThat(SlackJson.parse(SlackApiStub.responses("forget4").get(0)).path("text").asText()).contains("Erasing");
        erasing.countDown();
        await().atMost(Duration.ofSeconds(20)).until(() -> !SlackApiStub.postsTo("D" + user).isEmpty());
        assertThat(SlackApiStub.postsTo("D" + user).get(0).get("text")).contains("TechVoice has erased");
        assertThat(people.find(TEAM, user)).isEmpty();
    }

    @Test
    void whenOneSectionFailsNothingIsErasedAndThePersonIsToldSo() {
        String user = "U0FORGET3";
        people.register(TEAM, new TechnicianProfile(user, "Chemistry", "Laboratory and research technical", null));
        audit.record(TEAM, user, "draft.pull", "pulled a draft before failing to be forgotten");
        fake.failFor.add(user);
        String responseUrl = SlackApiStub.responseUrl("forget3");

        slack.buttonClick(TEAM, user, "tc_forget_me", "tc_forget_me_confirm", "erase", responseUrl);

        // tried a few times by the job, then given up: the person is told by DM
        await().atMost(Duration.ofSeconds(20)).until(() -> !SlackApiStub.postsTo("D" + user).isEmpty());
        assertThat(SlackApiStub.postsTo("D" + user).get(0).get("text")).contains("something went wrong and nothing was erased");
        // the audit section ran before the failing one: its anonymising was rolled back with everything else
        assertThat(audit.latest(TEAM, 40)).anyMatch(e -> user.equals(e.actorUserId()));
        assertThat(people.find(TEAM, user)).isPresent();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where team_id = ? and payload like ?", Long.class,
                TEAM, "%TechVoice has erased%")).isZero();
    }

    @Test
    void everyoneMayAskForTheirDataAndToBeForgottenWhateverTheirRole() {
        roles.grant(TEAM, "U0MYLEAD1", Role.LEAD, "U0ADMIN01");
        roles.grant(TEAM, "U0MYCHMP1", Role.CHAMPION, "U0ADMIN01");
        for (String user : new String[] {"U0MYLEAD1", "U0MYCHMP1", "U0MYPLAIN", "U0ADMIN01"}) {
            assertThat(SlackJson.allText(slack.slashCommand(TEAM, user, "/tc", "my-data").body())).as(user)
                    .contains("I'm sending you a direct message");
            assertThat(outboxMessage("my-data", user).path("channel").asText()).isEqualTo(user);
            assertThat(SlackJson.allText(slack.slashCommand(TEAM, user, "/tc", "forget-me").body())).as(user)
                    .contains("Erase everything TechVoice holds about you?");
        }
    }

    @Test
    void keepingTheDataErasesNothing() {
        String user = "U0FORGET2";
        people.register(TEAM, new TechnicianProfile(user, "Physics", "Engineering and workshop", null));
        String responseUrl = SlackApiStub.responseUrl("forget2");

        slack.buttonClick(TEAM, user, "tc_forget_me", "tc_forget_me_cancel", "keep", responseUrl);
        await().atMost(Duration.ofSeconds(10)).until(() -> !SlackApiStub.responses("forget2").isEmpty());

        assertThat(SlackJson.parse(SlackApiStub.responses("forget2").get(0)).path("text").asText())
                .isEqualTo("Nothing was erased. Your data stays as it was.");
        assertThat(people.find(TEAM, user)).isPresent();
        assertThat(fake.erased).doesNotContain(TEAM + ":" + user);
    }
}
