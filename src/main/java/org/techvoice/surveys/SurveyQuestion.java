package org.techvoice.surveys;

import java.util.Arrays;
import java.util.List;

import org.techvoice.themes.Theme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One question of a survey, in its place. */
@Entity
@Table(name = "survey_question")
class SurveyQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, length = 32)
    private String teamId;

    @Column(name = "survey_id", nullable = false)
    private Long surveyId;

    @Column(name = "seq", nullable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "question_type", nullable = false, length = 16)
    private QuestionType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "theme", nullable = false, length = 32)
    private Theme theme;

    @Column(name = "question_text", nullable = false, length = 300)
    private String text;

    /** Choice options, one per line (options never contain a line break). */
    @Column(name = "choices", length = 2000)
    private String choices;

    @Column(name = "low_label", length = 50)
    private String lowLabel;

    @Column(name = "high_label", length = 50)
    private String highLabel;

    /** The template question's stable key (or one a wave link gave it); null for a question of a lead's own. */
    @Column(name = "question_key", length = 80)
    private String key;

    protected SurveyQuestion() {
    }

    SurveyQuestion(String teamId, Long surveyId, int seq, QuestionSpec spec) {
        this.teamId = teamId;
        this.surveyId = surveyId;
        this.seq = seq;
        this.type = spec.type();
        this.theme = spec.theme();
        this.text = spec.text();
        this.choices = spec.choices().isEmpty() ? null : String.join("\n", spec.choices());
        this.lowLabel = spec.lowLabel();
        this.highLabel = spec.highLabel();
        this.key = spec.key();
    }

    String key() {
        return key;
    }

    /** Marks it as the same question as one of an earlier wave. */
    void sameAs(String stableKey) {
        this.key = stableKey;
    }

    Long id() {
        return id;
    }

    int seq() {
        return seq;
    }

    QuestionSpec spec() {
        List<String> options = choices == null ? List.of() : Arrays.asList(choices.split("\n"));
        return new QuestionSpec(type, theme, text, options, lowLabel, highLabel, key);
    }

    SurveyQuestionView view(String surveyReference) {
        return new SurveyQuestionView(id, surveyReference + "/Q" + seq, seq, spec());
    }
}
