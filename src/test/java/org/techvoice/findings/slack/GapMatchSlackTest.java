package org.techvoice.findings.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techvoice.audit.AuditLog;
import org.techvoice.draft.document.DraftCompiler;
import org.techvoice.draft.document.MatchCorrections;
import org.techvoice.findings.PlanReviewService;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.recognition.ContributionDraft;
import org.techvoice.recognition.ContributionKind;
import org.techvoice.recognition.ContributionService;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;
import org.techvoice.themes.Theme;
import org.techvoice.voice.VoiceService;
import org.techvoice.workspaces.WorkspaceDataRemoval;

/**
 * The lead marks a match of the draft's gap analysis wrong, and undoes it, with signed {@code /tc plan wrong|undo}
 * commands; the next draft drops the match; everyone else is refused; every typed input has an answer.
 */
@SlackAppTest
class GapMatchSlackTest {

    static final String ADMIN = "U0ADMIN01";
    static final String LEAD = "U0GAPLEAD";
    static final String TECHNICIAN = "U0GAPTECH";
    private static final AtomicInteger teams = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    RoleService roles;
    @Autowired
    ContributionService contributions;
    @Autowired
    VoiceService voice;
    @Autowired
    DraftCompiler drafts;
    @Autowired
    MatchCorrections corrections;
    @Autowired
    AuditLog audit;
    @Autowired
    PlanReviewService reviews;
    @Autowired
    List<WorkspaceDataRemoval> removals;

    SlackTestClient slack;
    String team;
    String coffeeMorning;
    String voiceEntry;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
        slack = new SlackTestClient(port);
        team = "T0GAP" + teams.incrementAndGet();
        roles.grant(team, LEAD, Role.LEAD, ADMIN);
        coffeeMorning = contributions.log(team, TECHNICIAN, new ContributionDraft(ContributionKind.OTHER,
                "Ran the technician network coffee morning for 40 colleagues", LocalDate.now().minusDays(3), null, List.of(),
                Set.of(Theme.VISIBILITY))).contribution().reference();
        voiceEntry = voice.speak(team, TECHNICIAN, "We need a technician network that meets monthly", true, Set.of()).entry().reference();
    }

    private String answer(String user, String text) {
        return SlackJson.allText(slack.slashCommand(team, user, "/tc", text).body());
    }

    private String appendixA() {
        String markdown = drafts.compile(team, null).markdown();
        return markdown.substring(markdown.indexOf("Appendix A"));
    }

    /** Whether /tc plan's review finds no evidence of a vibrant Technician Network: the findings' gaps are the draft's. */
    private boolean networkIsAGap() {
        return reviews.review(team, LocalDate.now()).themes().stream().flatMap(t -> t.findings().stream())
                .anyMatch(f -> f.finding().reference().equals("F-GAP-VIS-9"));
    }

    private String vibrantNetworkRow() {
        return appendixA().lines().filter(line -> line.contains("vibrant")).findFirst().orElseThrow();
    }

    @Test
    void theLeadMarksAMatchWrongTheNextDraftDropsItAndTheLeadCanUndo() {
        assertThat(vibrantNetworkRow()).contains(coffeeMorning);
        assertThat(networkIsAGap()).isFalse();

        String marked = answer(LEAD, "plan wrong vis-9 " + coffeeMorning.toLowerCase());
        assertThat(marked).contains("Marked").contains("*" + coffeeMorning + "* does not show *VIS-9*").contains("/tc plan undo VIS-9 " + coffeeMorning);
        assertThat(vibrantNetworkRow()).doesNotContain(coffeeMorning);
        assertThat(appendixA()).contains("The lead marked 1 match as not showing the activity; it is left out.");
        assertThat(networkIsAGap()).as("with its only evidence marked wrong, the network is a gap in /tc plan too").isTrue();
        assertThat(audit.latest(team, 10)).anyMatch(entry -> entry.action().equals("gap-match-wrong"));

        assertThat(answer(LEAD, "plan wrong VIS-9 " + coffeeMorning)).contains("already marked");
        assertThat(answer(LEAD, "plan wrong")).contains("Matches you marked wrong").contains("`/tc plan undo VIS-9 " + coffeeMorning + "`");

        assertThat(answer(LEAD, "plan undo VIS-9 " + coffeeMorning)).contains("Undone");
        assertThat(vibrantNetworkRow()).contains(coffeeMorning);
        assertThat(answer(LEAD, "plan undo VIS-9 " + coffeeMorning)).contains("nothing to undo");
    }

    @Test
    void mechanismsAndTheProfileCanBeMarkedToo() {
        assertThat(answer(LEAD, "plan wrong VIS-7 Celebrations")).contains("Marked").contains("TechVoice's celebrations");
        assertThat(corrections.list(team)).singleElement().satisfies(c -> assertThat(c.evidence()).isEqualTo("celebrations"));
        assertThat(answer(LEAD, "plan wrong REC-4 profile")).contains("the organisation profile");
    }

    @Test
    void everyTypedInputHasAFriendlyAnswer() {
        assertThat(answer(LEAD, "plan wrong VIS-99 " + coffeeMorning)).contains("I don't know the activity \"VIS-99\"");
        assertThat(answer(LEAD, "plan wrong VIS-9 C-999999")).contains("Nothing in this workspace has the reference \"C-999999\"");
        assertThat(answer(LEAD, "plan wrong VIS-9 " + voiceEntry)).contains("is a voice entry").contains("never counted");
        assertThat(answer(LEAD, "plan wrong VIS-9")).contains("/tc plan wrong VIS-9 C-12");
        assertThat(answer(LEAD, "plan undo")).contains("/tc plan wrong VIS-9 C-12");
        assertThat(answer(LEAD, "plan wrong VIS-9 C-1 and more")).contains("/tc plan wrong VIS-9 C-12");
        assertThat(answer(LEAD, "plan wrong <!channel> *bold*")).contains("I don't know the activity").doesNotContain("<!channel>");
        assertThat(answer(LEAD, "plan wrong VIS-9 " + "X".repeat(300))).contains("Nothing in this workspace has the reference");
        assertThat(answer(LEAD, "plan wrong")).contains("No match of the gap analysis is marked wrong");
        // another workspace's contribution is unknown here
        assertThat(corrections.list(team)).isEmpty();
    }

    @Test
    void everyoneButALeadIsRefusedAndNothingIsStored() {
        String refused = answer(TECHNICIAN, "plan wrong VIS-9 " + coffeeMorning);
        assertThat(refused).contains("Only TechVoice leads and admins can").contains("correct the draft's gap analysis");
        assertThat(answer(TECHNICIAN, "plan undo VIS-9 " + coffeeMorning)).contains("Only TechVoice leads and admins can");
        assertThat(corrections.list(team)).isEmpty();
    }

    @Test
    void theMarksGoWithTheWorkspace() {
        answer(LEAD, "plan wrong VIS-9 " + coffeeMorning);
        assertThat(corrections.list(team)).hasSize(1);
        removals.stream().filter(r -> r.tables().contains("gap_match_correction")).forEach(r -> r.removeWorkspaceData(team));
        assertThat(corrections.list(team)).isEmpty();
    }
}
