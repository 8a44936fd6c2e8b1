package org.techvoice.surveys;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One person's set of answers. For anonymous surveys {@code userId} is null and {@code respondentKey} is a
 * keyed hash that only this service (holding the secret) can recompute, to let the same person change their
 * answers and stop them answering twice. Only the day is kept, never the time.
 */
@Entity
@Table(name = "survey_response")
class SurveyResponse {

    /** Stored instead of a department too small to show at close (DisclosureControl); never shown or named. */
    static final String WITHHELD_DEPARTMENT = "(withheld at close: group under the minimum size)";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "id", nullable = false, length = 36)
    private String id;

    @Column(name = "team_id", nullable = false, length = 32)
    private String teamId;

    @Column(name = "survey_id", nullable = false)
    private Long surveyId;

    @Column(name = "respondent_key", nullable = false, length = 64)
    private String respondentKey;

    @Column(name = "user_id", length = 32)
    private String userId;

    @Column(name = "department", length = 200)
    private String department;

    /** False while a paged survey is part-way through. */
    @Column(name = "complete", nullable = false)
    private boolean complete;

    @Column(name = "submitted_on", nullable = false)
    private LocalDate submittedOn;

    protected SurveyResponse() {
    }

    SurveyResponse(String teamId, Long surveyId, String respondentKey, String userId, String department, LocalDate today) {
        this.id = UUID.randomUUID().toString();
        this.teamId = teamId;
        this.surveyId = surveyId;
        this.respondentKey = respondentKey;
        this.userId = userId;
        this.department = department;
        this.submittedOn = today;
    }

    String id() {
        return id;
    }

    Long surveyId() {
        return surveyId;
    }

    String department() {
        return department;
    }

    boolean complete() {
        return complete;
    }

    LocalDate submittedOn() {
        return submittedOn;
    }

    /**
     * At an anonymous survey's close: the respondent key, needed only to let the person change their answers, is
     * replaced by a random one (nobody can recompute it, even with the secret), and a department whose group is not
     * shown in the results is replaced by {@link #WITHHELD_DEPARTMENT}.
     */
    void seal(boolean keepDepartment) {
        this.respondentKey = HexFormat.of().formatHex(randomBytes());
        if (!keepDepartment) {
            this.department = WITHHELD_DEPARTMENT;
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** @param everyPageSaved every page of the survey has been saved, so the response counts */
    void touched(LocalDate today, boolean everyPageSaved) {
        this.submittedOn = today;
        this.complete = complete || everyPageSaved;
    }
}
