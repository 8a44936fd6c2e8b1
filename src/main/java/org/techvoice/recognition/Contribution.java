package org.techvoice.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
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

/** Something a technician did and logged about their own work. */
@Entity
@Table(name = "contribution")
// the placement's column names what it is placed among: the Appendix A activity the vector is nearest
@AttributeOverride(name = "placedTarget", column = @Column(name = "placed_activity", length = Placement.TARGET_LENGTH))
class Contribution extends StoredMeaning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, length = 32)
    private String teamId;

    @Column(name = "user_id", nullable = false, length = 32)
    private String userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private ContributionKind kind;

    @Column(name = "body", nullable = false, columnDefinition = "TEXT")
    private String body;

    @Convert(converter = ThemesConverter.class)
    @Column(name = "themes", nullable = false, length = 200)
    private Set<Theme> themes;

    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;

    @Column(name = "link", length = 1000)
    private String link;

    /** Slack user ids, comma-separated. */
    @Column(name = "collaborators", nullable = false, length = 1000)
    private String collaborators;

    @Column(name = "source_ref", length = 120)
    private String sourceRef;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /**
     * The themes are TechVoice's suggestion (nobody chose them): the rules' on the ack, the model's view added when the
     * embedding job reaches the text. Choosing themes (or rewording with themes) clears it for good.
     */
    @Column(name = "themes_suggested", nullable = false)
    private boolean themesSuggested;


    protected Contribution() {
    }

    Contribution(String teamId, String userId, ContributionDraft draft, Set<Theme> themes, boolean themesSuggested, String sourceRef,
            Instant now) {
        this.teamId = teamId;
        this.themesSuggested = themesSuggested;
        this.userId = userId;
        this.sourceRef = sourceRef;
        this.createdAt = now;
        describe(draft, themes);
    }

    void describe(ContributionDraft draft, Set<Theme> themes) {
        this.kind = draft.kind();
        this.body = draft.text();
        this.happenedOn = draft.happenedOn();
        this.link = draft.link();
        this.collaborators = String.join(",", draft.collaborators());
        this.themes = EnumSet.copyOf(themes);
        forgetMeaning();
    }

    void rekind(ContributionKind kind) {
        this.kind = kind;
    }

    void rewrite(String text, Set<Theme> chosen) {
        this.body = text;
        this.themes = EnumSet.copyOf(chosen);
        this.themesSuggested = false;
        forgetMeaning();
    }

    /** The rules' and the model's suggestion, found with the vector after the ack: taken only while nobody has chosen. */
    void suggestedThemes(Set<Theme> suggested) {
        if (themesSuggested) {
            this.themes = EnumSet.copyOf(suggested);
        }
    }




    /** Forget-me of a collaborator: their id leaves the list; the contribution stays its author's. */
    boolean dropCollaborator(String collaborator) {
        List<String> kept = collaboratorIds().stream().filter(id -> !id.equals(collaborator)).toList();
        boolean changed = kept.size() != collaboratorIds().size();
        this.collaborators = String.join(",", kept);
        return changed;
    }

    Long id() {
        return id;
    }

    String body() {
        return body;
    }

    String userId() {
        return userId;
    }

    List<String> collaboratorIds() {
        return collaborators.isEmpty() ? List.of() : Arrays.asList(collaborators.split(","));
    }

    ContributionView view() {
        return new ContributionView(ContributionView.PREFIX + id, id, userId, kind, body,
                themes.isEmpty() ? Set.of() : EnumSet.copyOf(themes), happenedOn, link, collaboratorIds(),
                embedding());
    }
}
