package org.techvoice.surveys;

import static org.techvoice.surveys.QuestionSpec.choice;
import static org.techvoice.surveys.QuestionSpec.freeText;
import static org.techvoice.surveys.QuestionSpec.rating;

import java.util.List;
import java.util.Optional;

import org.techvoice.themes.Theme;

/**
 * Ready-made surveys a lead can start from; the questions are copied into the new survey and can be added to. Each
 * template question has a stable key: never change a key, or a later wave no longer compares with earlier ones.
 */
public enum SurveyTemplate {
    BLANK("Blank survey", List.of()),
    /** Covers the four activity themes of the Technician Commitment, so the self-assessment has a baseline. */
    BASELINE("Technician voice baseline", List.of(
            rating(Theme.VISIBILITY, "Technicians' work is visible to the rest of the institution").keyed("baseline.work-visible"),
            rating(Theme.VISIBILITY, "I know who the technical community's champions are and how to reach them").keyed("baseline.champions-known"),
            rating(Theme.RECOGNITION, "My contribution to research is acknowledged").keyed("baseline.research-acknowledged"),
            rating(Theme.RECOGNITION, "My contribution to teaching is acknowledged").keyed("baseline.teaching-acknowledged"),
            rating(Theme.CAREER_DEVELOPMENT, "I know how to progress my career here").keyed("baseline.career-progress"),
            rating(Theme.CAREER_DEVELOPMENT, "I have the training I need").keyed("baseline.training-needed"),
            choice(Theme.CAREER_DEVELOPMENT, "Which would help your development most?", true,
                    "Professional registration", "Training courses", "Mentoring", "Secondments or job shadowing",
                    "Time to attend conferences").keyed("baseline.development-help"),
            rating(Theme.SUSTAINABILITY, "I would recommend a technical career here").keyed("baseline.recommend-career"),
            rating(Theme.SUSTAINABILITY, "Skills and knowledge are shared so they are not lost when people leave").keyed("baseline.skills-shared"),
            freeText(Theme.EVALUATING_IMPACT, "What one change would make the biggest difference to technicians here?").keyed("baseline.one-change"))),
    /** A short check each term between baselines. */
    PULSE("Termly pulse", List.of(
            rating(Theme.RECOGNITION, "This term I felt my work was valued").keyed("pulse.work-valued"),
            rating(Theme.CAREER_DEVELOPMENT, "This term I had time for my own development").keyed("pulse.development-time"),
            choice(Theme.EVALUATING_IMPACT, "Have you noticed any Technician Commitment activity this term?", false,
                    "Yes, and it helped", "Yes, but it made no difference to me", "No").keyed("pulse.activity-noticed"),
            freeText(Theme.EVALUATING_IMPACT, "Anything else you want the steering group to hear?").keyed("pulse.anything-else")));

    private final String title;
    private final List<QuestionSpec> questions;

    SurveyTemplate(String title, List<QuestionSpec> questions) {
        this.title = title;
        this.questions = questions;
    }

    public String title() {
        return title;
    }

    public List<QuestionSpec> questions() {
        return questions;
    }

    public static Optional<SurveyTemplate> byName(String name) {
        for (SurveyTemplate template : values()) {
            if (template.name().equalsIgnoreCase(name)) {
                return Optional.of(template);
            }
        }
        return Optional.empty();
    }
}
