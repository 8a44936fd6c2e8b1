package org.techvoice.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.draft.Finding;
import org.techvoice.findings.PlanReview;
import org.techvoice.findings.PlanReviewService;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.support.MutableClock;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;

/**
 * The follow code of an anonymous {@code /tc voice} entry, through signed slash commands: shown in the confirmation,
 * opens its own entry (the finding it joined, the action linked), opens nothing for any other code, and no table holds
 * the code or anything that ties it to the author.
 */
@SlackAppTest
class FollowCodeTest {

    static final String LEAD = "U0FOLLOWLEAD";
    static final String AUTHOR = "U0FOLLOWER1";
    static final Pattern CODE = Pattern.compile("V[0-9]+-[0-9A-Z]{8}");
    private static final AtomicInteger teams = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    RoleService roles;
    @Autowired
    PlanReviewService reviews;
    @Autowired
    DataSource dataSource;

    SlackTestClient slack;
    String team;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        clock.set(SaidDidTest.TUESDAY_10AM);
        slack = new SlackTestClient(port, clock);
        WarmUp.confirmSlack(slack, "T0WARMUP");
        team = "T0FOLLOW" + teams.incrementAndGet();
        roles.grant(team, LEAD, Role.LEAD, SaidDidTest.ADMIN);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String speak(String user, String text) {
        String body = SlackJson.allText(slack.slashCommand(team, user, "/tc", "voice " + text).body());
        assertThat(body).contains("Follow code");
        Matcher code = CODE.matcher(body);
        assertThat(code.find()).as("a follow code in " + body).isTrue();
        return code.group();
    }

    @Test
    void theCodeOpensItsOwnEntryWithTheFindingAndActionAndNothingElse() {
        String mine = speak(AUTHOR, SaidDidTest.SAID.get(0));
        String other = null;
        for (String said : SaidDidTest.SAID.subList(1, SaidDidTest.SAID.size())) {
            other = speak("U0OTHER" + said.length(), said);
        }
        // the lead accepts the proposal of the finding the entry joined
        PlanReview review = reviews.review(team, java.time.LocalDate.of(2026, 12, 8));
        PlanReview.FindingReview finding = review.themes().stream().flatMap(t -> t.findings().stream())
                .filter(f -> f.finding().kind() == Finding.Kind.CONCERN && !f.proposals().isEmpty()
                        && f.finding().evidenceReferences().contains("V-" + mine.substring(1, mine.indexOf('-'))))
                .findFirst().orElseThrow();
        assertThat(slack.buttonClick(team, LEAD, "plan:x", "plan_accept", finding.proposals().get(0).reference(),
                SlackApiStub.responseUrl("accept-" + team)).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> SlackApiStub.responses("accept-" + team).size() == 1);

        String url = SlackApiStub.responseUrl("status-" + team);
        assertThat(SlackJson.allText(slack.slashCommand(team, AUTHOR, "/tc", "voice status " + mine.toLowerCase(), url).body()))
                .contains("Looking up what became of V-");
        await().atMost(Duration.ofSeconds(30)).until(() -> SlackApiStub.responses("status-" + team).size() == 1);
        String answer = SlackJson.allText(SlackApiStub.responses("status-" + team).get(0));
        assertThat(answer).contains(finding.finding().reference()).contains("an action in the plan answers it")
                .contains("TC-").contains("status: Green").contains(SaidDidTest.SAID.get(0).substring(0, 40));

        // anyone else's code, a near miss, another entry's number with this secret, or nonsense: one answer, no detail
        String secret = mine.substring(mine.indexOf('-'));
        String otherNumber = other.substring(0, other.indexOf('-'));
        char last = mine.charAt(mine.length() - 1);
        List<String> wrong = List.of(otherNumber + secret, mine.substring(0, mine.length() - 1) + (last == 'A' ? 'B' : 'A'),
                "V999999-ABCDEFGH", "banana", "V1-");
        for (String code : wrong) {
            String reply = SlackJson.allText(slack.slashCommand(team, AUTHOR, "/tc", "voice status " + code, url).body());
            assertThat(reply).as(code).contains("does not open anything").doesNotContain("V-").doesNotContain(SaidDidTest.SAID.get(0));
        }
        // the right code in another workspace opens nothing either
        assertThat(SlackJson.allText(slack.slashCommand("T0ELSEWHERE", AUTHOR, "/tc", "voice status " + mine, url).body()))
                .contains("does not open anything");
        // "status" in a longer text is something said, not a look-up
        assertThat(SlackJson.allText(slack.slashCommand(team, AUTHOR, "/tc", "voice status of the fume cupboards is worrying").body()))
                .contains("Follow code");
    }

    @Test
    void nothingStoredHoldsTheCodeOrTiesTheEntryToItsAuthor() {
        String code = speak(AUTHOR, "The autoclave queue takes half my morning.");
        String secret = code.substring(code.indexOf('-') + 1);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                where lower(table_schema) = 'public' and (lower(data_type) like '%char%' or lower(data_type) like '%text%'
                    or lower(data_type) like '%clob%')""");
        for (Map<String, Object> column : columns) {
            String table = column.get("TABLE_NAME") == null ? (String) column.get("table_name") : (String) column.get("TABLE_NAME");
            String name = column.get("COLUMN_NAME") == null ? (String) column.get("column_name") : (String) column.get("COLUMN_NAME");
            Integer found = jdbc.queryForObject("select count(*) from \"" + table + "\" where cast(\"" + name + "\" as varchar) like ?",
                    Integer.class, "%" + secret + "%");
            assertThat(found).as(table + "." + name + " holds the code").isZero();
        }
        Integer named = jdbc.queryForObject("select count(*) from voice_entry where team_id = ? and author_user_id is not null",
                Integer.class, team);
        assertThat(named).isZero();
    }
}
