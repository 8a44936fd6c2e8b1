package org.techvoice.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.draft.EntryEvidenceSource;
import org.techvoice.draft.EvidenceEntry;
import org.techvoice.privacy.PersonalDataHolder;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.SlackPayloads;
import org.techvoice.themes.Theme;
import org.techvoice.voice.VoiceService;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The draft's view of entries (paged in stored order, private ones left out) and export / erasure of a person's data. */
@SlackAppTest
class EvidenceAndPersonalDataTest {

    private static final AtomicInteger teams = new AtomicInteger();

    @Autowired
    EntryEvidenceSource evidence;
    @Autowired
    List<PersonalDataHolder> holders;
    @Autowired
    VoiceService voice;
    @Autowired
    ContributionService contributions;
    @Autowired
    CelebrationService celebrations;
    @Autowired
    JdbcTemplate jdbc;

    final String team = "T0EVI" + String.format("%04d", teams.incrementAndGet());
    final LocalDate today = LocalDate.now();

    /** A celebration asks the directory whether its subject is a real, active person of the workspace. */
    @BeforeEach
    void colleagues() {
        for (String user : List.of("U0ALEX001", "U0SAM0001", "U0KIM0001")) {
            SlackPayloads.stubUser(user, team, false, false);
        }
    }

    @Test
    void entriesOfThePeriodComeOnceEachAcrossPagesWithAnonymousVoiceUnattributed() {
        contributions.log(team, "U0ALEX001", draft("Old outreach", today.minusDays(400)));
        contributions.log(team, "U0ALEX001", draft("Outreach last month", today.minusDays(30)));
        contributions.log(team, "U0ALEX001", draft("Backdated outreach, logged late", today.minusDays(61)));
        for (int i = 0; i < 600; i++) {
            voice.speak(team, "U0VOICE01", "Idea number " + i, true, Set.of());
        }
        voice.speak(team, "U0NAMED01", "Named idea", false, Set.of(Theme.SUSTAINABILITY));
        var own = celebrations.celebrate(team, "U0ALEX001", "U0ALEX001", "Passed RSciTech registration");
        celebrations.celebrate(team, "U0ALEX001", "U0SAM0001", "Awaiting Sam's answer");
        var kept = celebrations.celebrate(team, "U0ALEX001", "U0KIM0001", "Kim keeps this private");
        celebrations.answer(team, "U0KIM0001", kept.achievement().id(), false);

        List<EvidenceEntry> seen = new ArrayList<>();
        evidence.forEachEntry(team, today.minusDays(60), seen::add);

        assertThat(seen).hasSize(1 + 600 + 1 + 1);
        assertThat(seen).extracting(EvidenceEntry::reference).doesNotHaveDuplicates();
        assertThat(seen).extracting(EvidenceEntry::text).contains("Outreach last month", "Idea number 0", "Idea number 599");
        assertThat(seen).allMatch(e -> !e.date().isBefore(today.minusDays(60)));
        assertThat(seen).filteredOn(e -> e.text().startsWith("Idea number")).allMatch(EvidenceEntry::anonymous)
                .allMatch(e -> e.kind() == EvidenceEntry.Kind.VOICE).allMatch(e -> e.themes().equals(Set.of(Theme.EVALUATING_IMPACT)));
        assertThat(seen).filteredOn(e -> e.text().equals("Named idea")).singleElement()
                .satisfies(e -> assertThat(e.authorUserId()).isEqualTo("U0NAMED01"));
        assertThat(seen).filteredOn(e -> e.kind() == EvidenceEntry.Kind.ACHIEVEMENT).singleElement()
                .satisfies(e -> assertThat(e.reference()).isEqualTo(own.achievement().reference()));
        assertThat(seen).extracting(EvidenceEntry::text).doesNotContain("Awaiting Sam's answer", "Kim keeps this private", "Old outreach",
                "Backdated outreach, logged late");

        assertThat(evidence.byReference(team, own.achievement().reference())).isPresent();
        assertThat(evidence.byReference(team, kept.achievement().reference())).isEmpty();
        assertThat(evidence.byReference("T0SOMEONE", own.achievement().reference())).isEmpty();
        assertThat(evidence.byReference(team, "X-1")).isEmpty();
        List<EvidenceEntry> otherTeam = new ArrayList<>();
        evidence.forEachEntry("T0SOMEONE", today.minusDays(3650), otherTeam::add);
        assertThat(otherTeam).isEmpty();
    }

    @Test
    void exportCoversWhatIsLinkedAndEraseWithdrawsPostsAndNames() throws Exception {
        celebrations.setNetworkChannel(team, "U0ADMIN01", "C0NETWORK1");
        voice.speak(team, "U0ALEX001", "Anonymous from Alex", true, Set.of());
        voice.speak(team, "U0ALEX001", "Named from Alex", false, Set.of());
        contributions.log(team, "U0ALEX001", draft("Alex's outreach", today));
        contributions.log(team, "U0SAM0001", new ContributionDraft(ContributionKind.TEACHING, "Sam taught with Alex", today, null,
                List.of("U0ALEX001"), Set.of()));
        var aboutAlex = celebrations.celebrate(team, "U0ALEX001", "U0ALEX001", "Alex's own award");
        var bySamsColleague = celebrations.celebrate(team, "U0ALEX001", "U0SAM0001", "Alex celebrates Sam");
        celebrations.answer(team, "U0SAM0001", bySamsColleague.achievement().id(), true);

        String export = new ObjectMapper().findAndRegisterModules().writeValueAsString(
                holders.stream().collect(java.util.stream.Collectors.toMap(PersonalDataHolder::section, h -> h.export(team, "U0ALEX001"))));
        assertThat(export).contains("Named from Alex", "Alex's outreach", "Sam taught with Alex", "Alex's own award", "Alex celebrates Sam")
                .doesNotContain("Anonymous from Alex");

        holders.forEach(h -> h.erase(team, "U0ALEX001"));

        assertThat(jdbc.queryForObject("select count(*) from voice_entry where team_id = ? and author_user_id is not null", Integer.class, team)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from voice_entry where team_id = ?", Integer.class, team)).isOne();
        assertThat(jdbc.queryForList("select user_id from contribution where team_id = ?", String.class, team)).containsExactly("U0SAM0001");
        assertThat(jdbc.queryForObject("select collaborators from contribution where team_id = ?", String.class, team)).isEmpty();
        Map<String, Object> samsAchievement = jdbc.queryForMap("select * from achievement where team_id = ?", team);
        assertThat(samsAchievement.get("celebrated_by")).isNull();
        List<String> updates = jdbc.queryForList("select payload from outbox_message where team_id = ? and kind = 'UPDATE_MESSAGE' order by id",
                String.class, team);
        assertThat(updates).anyMatch(p -> p.contains("achievement:" + aboutAlex.achievement().id() + ":post") && p.contains("withdrawn"));
        assertThat(updates).anyMatch(p -> p.contains("achievement:" + bySamsColleague.achievement().id() + ":post") && p.contains("A colleague celebrates"));
        String after = new ObjectMapper().findAndRegisterModules().writeValueAsString(
                holders.stream().map(h -> h.export(team, "U0ALEX001")).toList());
        assertThat(after).doesNotContain("Alex");
    }

    private static ContributionDraft draft(String text, LocalDate on) {
        return new ContributionDraft(ContributionKind.OUTREACH, text, on, null, List.of(), Set.of());
    }
}
