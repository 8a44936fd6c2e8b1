package org.techvoice.surveys;

import java.util.UUID;

import org.springframework.data.domain.Persistable;
import org.techvoice.understanding.Placement;
import org.techvoice.understanding.StoredMeaning;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * One value given to one question: a rating digit, a chosen option (one row per option), or free text. The id is a
 * random UUID (V70), so ids say nothing about the order people answered in.
 */
@Entity
@Table(name = "survey_answer")
// the placement's column names what it is placed among: the findings' library topic the vector is nearest
@AttributeOverride(name = "placedTarget", column = @Column(name = "placed_topic", length = Placement.TARGET_LENGTH))
class SurveyAnswer extends StoredMeaning implements Persistable<String> {

    @Id
    @Column(name = "id", nullable = false, length = 36)
    private String id;

    /** Whether the row is in the database already: a new answer is inserted without a look-up first. */
    @Transient
    private boolean stored;

    @Column(name = "team_id", nullable = false, length = 32)
    private String teamId;

    @Column(name = "response_id", nullable = false, length = 36)
    private String responseId;

    @Column(name = "question_id", nullable = false)
    private Long questionId;

    @Column(name = "value_text", nullable = false, length = 1000)
    private String value;


    protected SurveyAnswer() {
    }

    SurveyAnswer(String teamId, String responseId, Long questionId, String value) {
        this.id = UUID.randomUUID().toString();
        this.teamId = teamId;
        this.responseId = responseId;
        this.questionId = questionId;
        this.value = value;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        this.stored = true;
    }

    String responseId() {
        return responseId;
    }

    Long questionId() {
        return questionId;
    }

    String value() {
        return value;
    }

}
