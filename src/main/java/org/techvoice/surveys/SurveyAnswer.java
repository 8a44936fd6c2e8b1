package org.techvoice.surveys;

import org.techvoice.understanding.Embedding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One value given to one question: a rating digit, a chosen option (one row per option), or free text. */
@Entity
@Table(name = "survey_answer")
class SurveyAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, length = 32)
    private String teamId;

    @Column(name = "response_id", nullable = false, length = 36)
    private String responseId;

    @Column(name = "question_id", nullable = false)
    private Long questionId;

    @Column(name = "value_text", nullable = false, length = 1000)
    private String value;

    /** A free-text answer's {@link Embedding} (384 bytes), null until embedded after the ack; null for other answers. */
    @Column(name = "embedding", length = Embedding.DIMENSIONS)
    private byte[] embedding;

    protected SurveyAnswer() {
    }

    SurveyAnswer(String teamId, String responseId, Long questionId, String value) {
        this.teamId = teamId;
        this.responseId = responseId;
        this.questionId = questionId;
        this.value = value;
    }

    Long id() {
        return id;
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

    Embedding embedding() {
        return Embedding.fromNullableBytes(embedding);
    }

    void embedded(Embedding meaning) {
        this.embedding = meaning.toBytes();
    }
}
