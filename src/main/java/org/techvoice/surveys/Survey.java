package org.techvoice.surveys;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A survey of one workspace, from draft to closed. */
@Entity
@Table(name = "survey")
class Survey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, length = 32)
    private String teamId;

    @Column(name = "lead_user_id", nullable = false, length = 32)
    private String leadUserId;

    @Column(name = "title", nullable = false, length = 150)
    private String title;

    @Column(name = "introduction", length = 1000)
    private String introduction;

    @Column(name = "anonymous", nullable = false)
    private boolean anonymous;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience_kind", nullable = false, length = 16)
    private AudienceKind audienceKind;

    @Column(name = "audience_ref", length = 64)
    private String audienceRef;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "reminder_every_days", nullable = false)
    private int reminderEveryDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private SurveyStatus status;

    @Column(name = "audience_size", nullable = false)
    private int audienceSize;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The earlier survey this one asks again (a new wave of it), or null. */
    @Column(name = "wave_of")
    private Long waveOf;

    protected Survey() {
    }

    Survey(String teamId, String leadUserId, SurveySettings settings, Instant now) {
        this.teamId = teamId;
        this.leadUserId = leadUserId;
        this.status = SurveyStatus.DRAFT;
        this.createdAt = now;
        apply(settings);
    }

    void apply(SurveySettings settings) {
        this.title = settings.title();
        this.introduction = settings.introduction();
        this.anonymous = settings.anonymous();
        this.audienceKind = settings.audienceKind();
        this.audienceRef = settings.audienceRef();
        this.opensAt = settings.opensAt();
        this.closesAt = settings.closesAt();
        this.reminderEveryDays = settings.reminderEveryDays();
    }

    Long id() {
        return id;
    }

    String teamId() {
        return teamId;
    }

    String leadUserId() {
        return leadUserId;
    }

    String title() {
        return title;
    }

    String introduction() {
        return introduction;
    }

    boolean anonymous() {
        return anonymous;
    }

    AudienceKind audienceKind() {
        return audienceKind;
    }

    String audienceRef() {
        return audienceRef;
    }

    Long waveOf() {
        return waveOf;
    }

    void markWaveOf(long earlierSurveyId) {
        this.waveOf = earlierSurveyId;
    }

    Instant opensAt() {
        return opensAt;
    }

    Instant closesAt() {
        return closesAt;
    }

    int reminderEveryDays() {
        return reminderEveryDays;
    }

    SurveyStatus status() {
        return status;
    }

    int audienceSize() {
        return audienceSize;
    }

    void schedule() {
        status = SurveyStatus.SCHEDULED;
    }

    void open(int audienceSize) {
        this.status = SurveyStatus.OPEN;
        this.audienceSize = audienceSize;
    }

    void close(Instant now) {
        this.status = SurveyStatus.CLOSED;
        if (now.isBefore(closesAt)) {
            this.closesAt = now;
        }
    }

    void cancel() {
        status = SurveyStatus.CANCELLED;
    }

    void extendTo(Instant closesAt) {
        this.closesAt = closesAt;
    }

    boolean acceptsAnswers(Instant now) {
        return status == SurveyStatus.OPEN && now.isBefore(closesAt);
    }

    String reference() {
        return SurveyReference.of(id);
    }

    /** With the count as {@link DisclosureControl} lets it be shown: in steps while an anonymous survey is open. */
    SurveySummary summary(int respondents, DisclosureControl control) {
        boolean rounded = !control.released(anonymous, status);
        return new SurveySummary(id, teamId, reference(), title, introduction, anonymous, status, audienceKind, audienceRef,
                opensAt, closesAt, reminderEveryDays, leadUserId, audienceSize, rounded ? control.liveCount(respondents) : respondents,
                rounded ? control.minimumGroupSize() : 0);
    }
}
