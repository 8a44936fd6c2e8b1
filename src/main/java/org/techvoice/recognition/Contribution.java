package org.techvoice.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.techvoice.entry.ThemesConverter;
import org.techvoice.themes.Theme;

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
class Contribution {

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

    protected Contribution() {
    }

    Contribution(String teamId, String userId, ContributionDraft draft, Set<Theme> themes, String sourceRef, Instant now) {
        this.teamId = teamId;
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
    }

    void rewrite(String text, Set<Theme> chosen) {
        this.body = text;
        this.themes = EnumSet.copyOf(chosen);
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

    String userId() {
        return userId;
    }

    List<String> collaboratorIds() {
        return collaborators.isEmpty() ? List.of() : Arrays.asList(collaborators.split(","));
    }

    ContributionView view() {
        return new ContributionView(ContributionView.PREFIX + id, id, userId, kind, body,
                themes.isEmpty() ? Set.of() : EnumSet.copyOf(themes), happenedOn, link, collaboratorIds());
    }
}
