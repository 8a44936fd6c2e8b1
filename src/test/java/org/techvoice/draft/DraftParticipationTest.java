package org.techvoice.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techvoice.draft.DocxText.ascii;
import static org.techvoice.draft.DraftDocumentTest.VOICE;
import static org.techvoice.draft.DraftDocumentTest.open;
import static org.techvoice.draft.DraftDocumentTest.rowText;
import static org.techvoice.draft.DraftDocumentTest.tablesOf;
import static org.techvoice.draft.DraftDocumentTest.textOf;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.techvoice.draft.EvidenceEntry.Kind;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.document.CompiledDraft;
import org.techvoice.draft.document.DraftCompiler;
import org.techvoice.draft.profile.ProfileService;
import org.techvoice.people.PeopleService;
import org.techvoice.people.TechnicianProfile;
import org.techvoice.support.SlackAppTest;
import org.techvoice.themes.Theme;

/** The answer to the form's technician-voice question starts with who took part, each figure with its source. */
@SlackAppTest
class DraftParticipationTest {

    @Autowired
    DraftCompiler compiler;
    @Autowired
    FixtureEvidence evidence;
    @Autowired
    PeopleService people;
    @Autowired
    ProfileService profiles;
    @Autowired
    ActionPlanService actions;

    @Test
    void whoTookPartGivesResponseRatesVoiceCountsAndDistinctPeopleEachWithItsSource() throws IOException {
        String teamId = DraftDocumentTest.newTeam();
        FixtureInstitution.seed(teamId, evidence, people, profiles, actions);
        long voice = evidence.entries(teamId).stream().filter(e -> e.kind() == Kind.VOICE).count();
        long anonymous = evidence.entries(teamId).stream().filter(e -> e.kind() == Kind.VOICE && e.anonymous()).count();
        long namedAuthors = evidence.entries(teamId).stream().filter(e -> e.kind() == Kind.VOICE && !e.anonymous())
                .map(EvidenceEntry::authorUserId).distinct().count();
        long people = evidence.entries(teamId).stream().filter(e -> !e.anonymous()).map(EvidenceEntry::authorUserId).distinct().count();

        CompiledDraft draft = compiler.compile(teamId, null);
        try (XWPFDocument doc = open(draft)) {
            XWPFTable took = tablesOf(doc, VOICE).get(0);
            assertThat(rowText(took, 0)).isEqualTo("How technicians took part|Figure|Source");
            assertThat(rowText(took, 1)).isEqualTo("Survey: Technician voice survey 2025 (anonymous)|40 of 120 asked answered (33% response rate)"
                    + "|S-1, opened 1 March 2025");
            assertThat(rowText(took, 2)).isEqualTo("Written answers to \u201CWhat would help your career?\u201D|12 answers|S-1/Q3");
            assertThat(rowText(took, 3)).startsWith("Survey: Pulse survey on training|55 of 120 asked answered (46% response rate)|S-2");
            assertThat(rowText(took, 4)).startsWith("Voice entries: ideas, concerns and suggestions|" + voice + " (" + anonymous + " anonymous, "
                    + (voice - anonymous) + " named)|TechVoice voice entries dated");
            assertThat(rowText(took, 5)).startsWith("Technicians who put their name to voice entries|" + namedAuthors + "|");
            assertThat(rowText(took, 6)).startsWith("Technicians taking part under their own name|" + people + "|Distinct people behind");

            // departments: the fixture's even-numbered technicians (Chemistry, Biosciences, Estates) and the named author (Chemistry)
            XWPFTable departments = tablesOf(doc, VOICE).get(1);
            assertThat(rowText(departments, 0)).isEqualTo("Department|Technicians taking part under their own name");
            assertThat(departments.getRows().stream().skip(1).map(r -> ascii(r.getCell(0).getText())).toList())
                    .containsExactly("Biosciences", "Chemistry", "Estates");
            assertThat(rowText(departments, 2)).isEqualTo("Chemistry|21");
            assertThat(textOf(doc, VOICE)).contains("Each figure names its source");
        }
        String md = draft.markdown();
        assertThat(md).contains("### Who took part")
                .contains("| Survey: Technician voice survey 2025 (anonymous) | 40 of 120 asked answered (33% response rate) | S-1, opened 1 March 2025 |")
                .contains("| Chemistry | 21 |");
        // every survey reference the table cites is in Appendix B
        assertThat(md.substring(md.indexOf("## Appendix B"))).contains("| S-1 |").contains("| S-1/Q3 |").contains("| S-2 |");
    }

    @Test
    void aDepartmentBelowTheMinimumGroupSizeNeverAppearsAndAnonymousVoiceIsNeverLinkedToOne() throws IOException {
        String teamId = DraftDocumentTest.newTeam();
        List<EvidenceEntry> entries = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 3, 2);
        for (int i = 0; i < 6; i++) {
            String person = "U0CHEM" + i;
            people.register(teamId, new TechnicianProfile(person, "School of Chemistry", "laboratory", null));
            entries.add(new EvidenceEntry("C-" + (i + 1), Kind.CONTRIBUTION, "outreach", Set.of(Theme.VISIBILITY),
                    "Ran an open day stand", person, day.plusDays(i), null, false));
        }
        for (int i = 0; i < 2; i++) {
            String person = "U0GLASS" + i;
            people.register(teamId, new TechnicianProfile(person, "Scientific Glassblowing", "engineering", null));
            entries.add(new EvidenceEntry("V-" + (i + 1), Kind.VOICE, "idea", Set.of(Theme.CAREER_DEVELOPMENT),
                    "Glassblowers have no progression route at all", person, day.plusDays(10 + i), null, false));
        }
        entries.add(new EvidenceEntry("V-3", Kind.VOICE, "idea", Set.of(Theme.RECOGNITION), "Please fund our registration fees", null,
                day.plusDays(20), null, false));
        evidence.put(teamId, entries);

        CompiledDraft draft = compiler.compile(teamId, null);
        try (XWPFDocument doc = open(draft)) {
            String section = textOf(doc, VOICE);
            assertThat(section).contains("School of Chemistry").contains("(1 department left out)").doesNotContain("Glassblowing");
            XWPFTable took = tablesOf(doc, VOICE).get(0);
            assertThat(rowText(took, 1)).startsWith("Voice entries: ideas, concerns and suggestions|3 (1 anonymous, 2 named)|");
            assertThat(rowText(took, 2)).startsWith("Technicians who put their name to voice entries|2|");
            assertThat(rowText(took, 3)).startsWith("Technicians taking part under their own name|8|");
            assertThat(rowText(tablesOf(doc, VOICE).get(1), 1)).isEqualTo("School of Chemistry|6");
            assertThat(DraftDocumentTest.allText(doc)).doesNotContain("Glassblowing").doesNotContain("U0GLASS").doesNotContain("U0CHEM");
        }
        assertThat(draft.markdown()).doesNotContain("Glassblowing").contains("| School of Chemistry | 6 |");
    }

    @Test
    void withOnlySmallDepartmentsNoSplitIsShown() throws IOException {
        String teamId = DraftDocumentTest.newTeam();
        people.register(teamId, new TechnicianProfile("U0SOLO1", "Herbarium", "laboratory", null));
        evidence.put(teamId, List.of(new EvidenceEntry("C-1", Kind.CONTRIBUTION, "outreach", Set.of(Theme.VISIBILITY),
                "Curated the herbarium open evening", "U0SOLO1", LocalDate.of(2026, 4, 1), null, false)));
        CompiledDraft draft = compiler.compile(teamId, null);
        try (XWPFDocument doc = open(draft)) {
            assertThat(textOf(doc, VOICE)).contains("No department has 5 or more technicians taking part under their own name")
                    .doesNotContain("Herbarium");
        }
    }
}
