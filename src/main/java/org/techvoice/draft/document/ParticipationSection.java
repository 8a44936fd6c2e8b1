package org.techvoice.draft.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.techvoice.draft.EvidenceEntry.Kind;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.SurveyEvidence.QuestionEvidence;
import org.techvoice.draft.document.DraftDocument.Block;
import org.techvoice.draft.document.DraftDocument.Paragraph;
import org.techvoice.draft.document.DraftDocument.SubHeading;
import org.techvoice.draft.document.DraftDocument.Table;

/**
 * The first part of the answer to "how the technician voice was present in the development and formation of the
 * action plan": how many people took part, each figure beside its source. Surveys give their response rates as the
 * survey feature published them; voice is counted, never attributed when anonymous; departments appear only with at
 * least the minimum group size of people, so nobody can be singled out.
 */
final class ParticipationSection {

    static final String HEADING = "Who took part";
    static final List<String> COLUMNS = List.of("How technicians took part", "Figure", "Source");
    static final List<String> DEPARTMENT_COLUMNS = List.of("Department", "Technicians taking part under their own name");

    private ParticipationSection() {
    }

    /**
     * @param departmentOf a person's department, or null when not known
     * @param minimumGroupSize no department with fewer people than this is shown
     */
    static List<Block> build(List<SurveyEvidence> surveys, Participation participation, String period, Citations citations,
            Function<String, String> departmentOf, int minimumGroupSize) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new SubHeading(HEADING));
        if (surveys.isEmpty() && participation.voice() == 0 && participation.attributedPeople() == 0) {
            blocks.add(Placeholders.noEvidence("Survey responses, voice entries and the contributions technicians log in TechVoice "
                    + "would show here how many technicians took part in shaping the plan."));
            return blocks;
        }
        blocks.add(new Paragraph("Technicians took part in shaping this plan through the channels below, " + period
                + ". Each figure names its source; every reference is listed in Appendix B.", false));
        List<List<String>> rows = new ArrayList<>();
        for (SurveyEvidence survey : surveys) {
            rows.add(List.of("Survey: " + survey.title() + (survey.anonymous() ? " (anonymous)" : ""), responses(survey),
                    citations.cite(survey) + ", opened " + Dates.format(survey.opensOn())));
            for (QuestionEvidence question : survey.questions()) {
                if ("free text".equals(question.type()) && !question.suppressed() && question.respondents() > 0) {
                    rows.add(List.of("Written answers to \u201C" + Citations.shorten(question.text()) + "\u201D",
                            Words.count(question.respondents(), "answer"), citations.cite(survey, question)));
                }
            }
        }
        if (participation.voice() > 0) {
            rows.add(List.of("Voice entries: ideas, concerns and suggestions", participation.voice() + " ("
                    + participation.anonymousVoice() + " anonymous, " + participation.namedVoice() + " named)",
                    "TechVoice voice entries dated " + Dates.format(participation.firstVoice()) + " to "
                            + Dates.format(participation.lastVoice()) + "; counted per theme below"));
            rows.add(List.of("Technicians who put their name to voice entries", Integer.toString(participation.namedVoiceAuthors()),
                    "Named voice entries in the period; authors of anonymous entries are not counted, since nobody can tell who they are"));
        }
        if (participation.attributedPeople() > 0) {
            rows.add(List.of("Technicians taking part under their own name", Integer.toString(participation.attributedPeople()),
                    "Distinct people behind " + participation.namedVoice() + " named voice entr" + (participation.namedVoice() == 1 ? "y" : "ies")
                            + ", " + Words.count(participation.count(Kind.CONTRIBUTION), "contribution") + " and "
                            + Words.count(participation.count(Kind.ACHIEVEMENT), "achievement") + " in TechVoice in the period"));
        }
        blocks.add(new Table(COLUMNS, rows));
        if (participation.attributedPeople() > 0) {
            departments(blocks, participation.perDepartment(departmentOf), minimumGroupSize);
        }
        return blocks;
    }

    private static String responses(SurveyEvidence survey) {
        if (survey.audienceSize() <= 0) {
            return survey.respondents() + " answered (number asked not known)";
        }
        return survey.respondents() + " of " + survey.audienceSize() + " asked answered (" + SurveyResults.responseRate(survey)
                + " response rate)";
    }

    private static void departments(List<Block> blocks, Map<String, Integer> perDepartment, int minimumGroupSize) {
        List<List<String>> shown = new ArrayList<>();
        int withheld = 0;
        for (Map.Entry<String, Integer> department : perDepartment.entrySet()) {
            if (department.getValue() >= minimumGroupSize) {
                shown.add(List.of(department.getKey(), Integer.toString(department.getValue())));
            } else {
                withheld++;
            }
        }
        String smallGroups = "Departments with fewer than " + minimumGroupSize + " such people are not shown, so nobody can be singled out";
        if (shown.isEmpty()) {
            blocks.add(new Paragraph("No department has " + minimumGroupSize + " or more technicians taking part under their own name, "
                    + "so no split by department is shown: it could single people out.", false));
            return;
        }
        blocks.add(new Paragraph("Where the technicians taking part under their own name work (source: the technician register kept "
                + "with /tc join and /tc import, for the people counted above). " + smallGroups
                + (withheld > 0 ? " (" + Words.count(withheld, "department") + " left out)." : "."), false));
        blocks.add(new Table(DEPARTMENT_COLUMNS, shown));
    }
}
