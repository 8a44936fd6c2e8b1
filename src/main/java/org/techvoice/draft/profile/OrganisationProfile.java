package org.techvoice.draft.profile;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The stored profile of one workspace's organisation. */
@Entity
@Table(name = "organisation_profile")
class OrganisationProfile {

    @Id
    @Column(name = "team_id", nullable = false, length = 32)
    private String teamId;

    @Column(name = "organisation_name", length = 200)
    private String organisationName;

    @Column(name = "profile", columnDefinition = "TEXT")
    private String profile;

    @Column(name = "technician_definition", columnDefinition = "TEXT")
    private String technicianDefinition;

    @Column(name = "technician_numbers", columnDefinition = "TEXT")
    private String technicianNumbers;

    @Column(name = "initiatives_before", columnDefinition = "TEXT")
    private String initiativesBefore;

    @Column(name = "web_page_url", length = 500)
    private String webPageUrl;

    @Column(name = "lead_name", length = 200)
    private String leadName;

    @Column(name = "lead_email", length = 200)
    private String leadEmail;

    @Column(name = "lead_phone", length = 50)
    private String leadPhone;

    @Column(name = "signatory_date")
    private LocalDate signatoryDate;

    @Column(name = "cross_references", columnDefinition = "TEXT")
    private String crossReferences;

    @Column(name = "commitment_stage")
    private Integer commitmentStage;

    @Column(name = "last_submitted_on")
    private LocalDate lastSubmittedOn;

    /** the lead's own horizon; null: the stage's usual one */
    @Column(name = "plan_months")
    private Integer planMonths;

    @Column(name = "updated_by", nullable = false, length = 32)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OrganisationProfile() {
    }

    OrganisationProfile(String teamId) {
        this.teamId = teamId;
    }

    void update(ProfileDetails details, String userId, Instant now) {
        organisationName = details.organisationName();
        profile = details.profile();
        technicianDefinition = details.technicianDefinition();
        technicianNumbers = details.technicianNumbers();
        initiativesBefore = details.initiativesBefore();
        webPageUrl = details.webPageUrl();
        leadName = details.leadName();
        leadEmail = details.leadEmail();
        leadPhone = details.leadPhone();
        signatoryDate = details.signatoryDate();
        crossReferences = details.crossReferences();
        updatedBy = userId;
        updatedAt = now;
    }

    void updateStage(int stage, LocalDate lastSubmitted, Integer months, String userId, Instant now) {
        commitmentStage = stage;
        lastSubmittedOn = lastSubmitted;
        planMonths = months;
        updatedBy = userId;
        updatedAt = now;
    }

    /** Stage 1 with its usual horizon until the lead says otherwise. */
    CommitmentStage stage() {
        int stage = commitmentStage == null ? CommitmentStage.FIRST_STAGE : commitmentStage;
        return new CommitmentStage(stage, lastSubmittedOn, planMonths == null ? CommitmentStage.defaultMonths(stage) : planMonths);
    }

    /** The horizon the lead chose, or null for the stage's usual one. */
    Integer chosenPlanMonths() {
        return planMonths;
    }

    boolean stageGiven() {
        return commitmentStage != null || planMonths != null;
    }

    ProfileDetails details() {
        return new ProfileDetails(organisationName, profile, technicianDefinition, technicianNumbers, initiativesBefore,
                webPageUrl, leadName, leadEmail, leadPhone, signatoryDate, crossReferences);
    }
}
