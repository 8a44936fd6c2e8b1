package org.techvoice.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.techvoice.draft.EvidenceEntry.Kind;
import org.techvoice.draft.SurveyEvidence.Comment;
import org.techvoice.draft.SurveyEvidence.QuestionEvidence;
import org.techvoice.draft.actionplan.ActionInput;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.draft.profile.ProfileDetails;
import org.techvoice.draft.profile.ProfileService;
import org.techvoice.people.PeopleService;
import org.techvoice.people.TechnicianProfile;
import org.techvoice.themes.Theme;

/**
 * A realistic institution: 120 technicians, a year of entries across the themes, two surveys (one with a
 * suppressed question) and ten actions. Distinctive strings let tests find, or fail to find, each kind of content.
 */
public final class FixtureInstitution {

    public static final LocalDate SIGNED = LocalDate.of(2025, 1, 15);
    public static final String ANONYMOUS_QUOTE = "Nobody sees the night-shift technicians keeping the cryostats alive";
    public static final String ANONYMOUS_AUTHOR_DEPARTMENT = "Cryogenics";
    public static final String NAMED_QUOTE = "The career pathway workshop finally showed me where I could go next";
    public static final String NAMED_AUTHOR = "U0NAMED001";
    public static final String SUPPRESSED_SECRET = "ZZ-SUPPRESSED-VALUE";
    public static final String SUPPRESSED_QUESTION = "How supported do you feel by your line manager in the workshop team?";
    public static final String SUPPRESSED_REASON = "fewer than 5 respondents";

    private FixtureInstitution() {
    }

    public static void seed(String teamId, FixtureEvidence evidence, PeopleService people, ProfileService profiles,
            ActionPlanService actions) {
        String[] departments = {"Chemistry", "Physics", "Biosciences", "Engineering", "Estates", "Cryogenics"};
        for (int i = 0; i < 120; i++) {
            people.register(teamId, new TechnicianProfile(String.format("U0TECH%04d", i), departments[i % departments.length], "Technical", null));
        }
        people.register(teamId, new TechnicianProfile(NAMED_AUTHOR, "Chemistry", "Technical", null));
        evidence.put(teamId, entries());
        evidence.putSurveys(teamId, surveys());
        profiles.save(teamId, "U0ADMIN01", new ProfileDetails("University of Fixtures",
                "A research-intensive university of 20,000 students on two campuses.",
                "Anyone in a technical job family, from apprentices to technical managers.",
                "120 technicians across six departments, managed within faculties.",
                "A technical staff forum since 2015.", "https://www.fixtures.ac.uk/technician-commitment",
                "Dr Ada Lead", "ada.lead@fixtures.ac.uk", "+44 1234 567890", SIGNED));
        for (int i = 1; i <= 10; i++) {
            Theme theme = Theme.values()[i % 4];
            Map<?, ?> errors = actions.add(teamId, "U0ADMIN01", new ActionInput(String.format("TC-%02d", i), Set.of(theme),
                    "Action number " + i + " for " + theme.displayName(), i % 2 == 0 ? "Head of Technical Services" : "Dr Ada Lead",
                    LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30), "Measured by outcome " + i,
                    Rag.values()[i % 3], i == 1 ? "Workshops booked" : null, i <= 3 ? "C-1, V-2, S-1/Q1" : ""));
            if (!errors.isEmpty()) {
                throw new IllegalStateException("fixture action rejected: " + errors);
            }
        }
    }

    static List<EvidenceEntry> entries() {
        List<EvidenceEntry> entries = new ArrayList<>();
        String[] contributionTexts = {
                "Ran the technician network coffee morning for 40 colleagues",
                "Named as an author on a paper in Nature Methods",
                "Supported professional registration applications for three colleagues",
                "Mentored an apprentice through their first year",
                "Gave a talk on the career pathway for technicians"};
        LocalDate start = SIGNED.plusDays(1);
        int c = 0;
        int a = 0;
        int v = 0;
        for (int day = 0; day < 365; day += 2) {
            LocalDate date = start.plusDays(day);
            Theme theme = Theme.values()[(day / 2) % 4];
            entries.add(new EvidenceEntry("C-" + (++c), Kind.CONTRIBUTION, "outreach", Set.of(theme),
                    contributionTexts[day % contributionTexts.length], "U0TECH" + String.format("%04d", day % 120), date, null, false));
            if (day % 10 == 0) {
                String category = new String[] {"professional registration", "award", "promotion"}[(day / 10) % 3];
                entries.add(new EvidenceEntry("A-" + (++a), Kind.ACHIEVEMENT, category, java.util.EnumSet.of(Theme.RECOGNITION, theme),
                        "Achieved " + category + " after years of work", "U0TECH" + String.format("%04d", day % 120), date, null, day % 20 == 0));
            }
            if (day % 6 == 0) {
                entries.add(new EvidenceEntry("V-" + (++v), Kind.VOICE, "idea", Set.of(theme),
                        "We would like more time for training in " + theme.displayName().toLowerCase(), "U0TECH" + String.format("%04d", day % 120), date, null, false));
            }
        }
        // both quotes go where no other voice is, so the sample of quotes always holds them
        entries.add(new EvidenceEntry("V-" + (++v), Kind.VOICE, "idea", Set.of(Theme.EVALUATING_IMPACT), ANONYMOUS_QUOTE, null,
                start.plusDays(100), null, false));
        entries.add(new EvidenceEntry("V-" + (++v), Kind.VOICE, "idea", Set.of(Theme.EVALUATING_IMPACT), NAMED_QUOTE, NAMED_AUTHOR,
                start.plusDays(120), null, false));
        return entries;
    }

    static List<SurveyEvidence> surveys() {
        Map<String, Long> agree = new LinkedHashMap<>();
        agree.put("Yes", 31L);
        agree.put("No", 9L);
        Map<String, Long> secret = new LinkedHashMap<>();
        secret.put(SUPPRESSED_SECRET, 3L);
        return List.of(
                new SurveyEvidence("S-1", "Technician voice survey 2025", true, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31),
                        120, 40, List.of(
                                new QuestionEvidence("S-1/Q1", Theme.VISIBILITY, "My work is visible to academics", "rating", 40, null,
                                        Map.of(), 3.4, List.of()),
                                new QuestionEvidence("S-1/Q2", Theme.RECOGNITION, "Do you know how to register professionally?",
                                        "single choice", 40, null, agree, null, List.of()),
                                new QuestionEvidence("S-1/Q3", Theme.CAREER_DEVELOPMENT, "What would help your career?", "free text", 12,
                                        null, Map.of(), null, List.of(Comment.of("Clear promotion criteria"), Comment.of("A mentoring scheme"))),
                                // an implementation that forgets to empty a suppressed question must still not leak it
                                new QuestionEvidence("S-1/Q4", Theme.SUSTAINABILITY, SUPPRESSED_QUESTION, "single choice", 3,
                                        SUPPRESSED_REASON, secret, 4.9, List.of(Comment.of(SUPPRESSED_SECRET + " comment"))))),
                new SurveyEvidence("S-2", "Pulse survey on training", false, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 14),
                        120, 55, List.of(
                                new QuestionEvidence("S-2/Q1", Theme.CAREER_DEVELOPMENT, "I get enough training time", "rating", 55, null,
                                        Map.of(), 2.8, List.of()))));
    }
}
