package org.techvoice.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.techvoice.entry.ThemesConverter;
import org.techvoice.themes.Theme;
import org.techvoice.understanding.Placement;
import org.techvoice.understanding.StoredMeaning;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A colleague's (or one's own) achievement, celebrated in the network channel once its subject agrees. */
@Entity
@Table(name = "achievement")
// the placement's column names what it is placed among: the Appendix A activity the vector is nearest
@AttributeOverride(name = "placedTarget", column = @Column(name = "placed_activity", length = Placement.TARGET_LENGTH))
class Achievement extends StoredMeaning {

    enum Status { AWAITING_CONSENT, APPROVED, PRIVATE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, length = 32)
    private String teamId;

    @Column(name = "subject_user_id", nullable = false, length = 32)
    private String subjectUserId;

    @Column(name = "celebrated_by", length = 32)
    private String celebratedBy;

    @Column(name = "body", nullable = false, columnDefinition = "TEXT")
    private String body;

    @Convert(converter = ThemesConverter.class)
    @Column(name = "themes", nullable = false, length = 200)
    private Set<Theme> themes;

    @Column(name = "achieved_on", nullable = false)
    private LocalDate achievedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "posted", nullable = false)
    private boolean posted;

    /** The day it was posted in the network channel (V108), for the digest of that period; null until then. */
    @Column(name = "posted_on")
    private LocalDate postedOn;

    @Column(name = "edits", nullable = false)
    private int edits;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /**
     * The themes are TechVoice's suggestion (nobody chose them): the rules' on the ack, the model's view added when the
     * embedding job reaches the text. Choosing themes (or rewording with themes) clears it for good.
     */
    @Column(name = "themes_suggested", nullable = false)
    private boolean themesSuggested;


    protected Achievement() {
    }

    Achievement(String teamId, String subjectUserId, String celebratedBy, String body, Set<Theme> themes, LocalDate achievedOn,
            Instant now) {
        this.teamId = teamId;
        this.subjectUserId = subjectUserId;
        this.celebratedBy = celebratedBy;
        this.body = body;
        this.themes = EnumSet.copyOf(themes);
        // a celebration has no theme picker: its themes are always TechVoice's suggestion until the subject rewords it
        this.themesSuggested = true;
        this.achievedOn = achievedOn;
        this.status = subjectUserId.equals(celebratedBy) ? Status.APPROVED : Status.AWAITING_CONSENT;
        this.createdAt = now;
    }

    Long id() {
        return id;
    }

    String body() {
        return body;
    }

    String teamId() {
        return teamId;
    }

    Status status() {
        return status;
    }

    boolean posted() {
        return posted;
    }

    String subjectUserId() {
        return subjectUserId;
    }

    String celebratedBy() {
        return celebratedBy;
    }

    int edits() {
        return edits;
    }

    boolean concerns(String userId) {
        return subjectUserId.equals(userId) || userId.equals(celebratedBy);
    }

    /**
     * Whether this person may change the words. The subject consented to these words (or will be asked about them),
     * so a celebrator's rewording would reach the channel without consent: only the subject may reword.
     */
    boolean mayReword(String userId) {
        return subjectUserId.equals(userId);
    }

    void answer(boolean approved) {
        this.status = approved ? Status.APPROVED : Status.PRIVATE;
    }

    void markPosted(LocalDate day) {
        this.posted = true;
        this.postedOn = day;
    }

    void rewrite(String text, Set<Theme> chosen) {
        this.body = text;
        this.themes = EnumSet.copyOf(chosen);
        this.themesSuggested = false;
        this.edits++;
        forgetMeaning();
    }




    /** The rules' and the model's suggestion, found with the vector after the ack: taken only while nobody has chosen. */
    void suggestedThemes(Set<Theme> suggested) {
        if (themesSuggested) {
            this.themes = EnumSet.copyOf(suggested);
        }
    }

    /** The celebrator asked to be forgotten; the achievement stays its subject's. */
    void forgetCelebrator() {
        this.celebratedBy = null;
        this.edits++;
    }

    AchievementView view() {
        return new AchievementView(AchievementView.PREFIX + id, id, subjectUserId, celebratedBy, body,
                themes.isEmpty() ? Set.of() : EnumSet.copyOf(themes), achievedOn, status == Status.APPROVED,
                status == Status.AWAITING_CONSENT, posted, embedding());
    }
}
