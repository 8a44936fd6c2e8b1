package org.techvoice.surveys;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone a survey was sent to: who was asked, never what they answered. */
@Entity
@Table(name = "survey_recipient")
class SurveyRecipient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, length = 32)
    private String teamId;

    @Column(name = "survey_id", nullable = false)
    private Long surveyId;

    @Column(name = "user_id", nullable = false, length = 32)
    private String userId;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    /** The person's local day of the invitation or last reminder; the cadence counts from it. */
    @Column(name = "last_notified_on", nullable = false)
    private LocalDate lastNotifiedOn;

    protected SurveyRecipient() {
    }

    SurveyRecipient(String teamId, Long surveyId, String userId, String timeZone, LocalDate invitedOn) {
        this.teamId = teamId;
        this.surveyId = surveyId;
        this.userId = userId;
        this.timeZone = timeZone;
        this.lastNotifiedOn = invitedOn;
    }

    Long surveyId() {
        return surveyId;
    }

    String userId() {
        return userId;
    }

    String timeZone() {
        return timeZone;
    }

    LocalDate lastNotifiedOn() {
        return lastNotifiedOn;
    }

    void notifiedOn(LocalDate day) {
        this.lastNotifiedOn = day;
    }
}
