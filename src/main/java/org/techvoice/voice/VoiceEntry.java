package org.techvoice.voice;

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
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One idea, concern or suggestion. Anonymous entries keep no author and no time of day. */
@Entity
@Table(name = "voice_entry")
// the placement's column names what it is placed among: the findings' library topic the vector is nearest
@AttributeOverride(name = "placedTarget", column = @Column(name = "placed_topic", length = Placement.TARGET_LENGTH))
class VoiceEntry extends StoredMeaning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, length = 32)
    private String teamId;

    @Column(name = "body", nullable = false, columnDefinition = "TEXT")
    private String body;

    @Convert(converter = ThemesConverter.class)
    @Column(name = "themes", nullable = false, length = 200)
    private Set<Theme> themes;

    @Column(name = "author_user_id", length = 32)
    private String authorUserId;

    @Column(name = "delete_token_hash", nullable = false, length = 64)
    private String deleteTokenHash;

    @Column(name = "said_on", nullable = false)
    private LocalDate saidOn;

    /**
     * The themes are TechVoice's suggestion (nobody chose them): the rules' on the ack, the model's view added when the
     * embedding job reaches the text. Choosing themes (or rewording with themes) clears it for good.
     */
    @Column(name = "themes_suggested", nullable = false)
    private boolean themesSuggested;


    protected VoiceEntry() {
    }

    VoiceEntry(String teamId, String body, Set<Theme> themes, boolean themesSuggested, String authorUserId, String deleteTokenHash,
            LocalDate saidOn) {
        this.teamId = teamId;
        this.body = body;
        this.themes = EnumSet.copyOf(themes);
        this.themesSuggested = themesSuggested;
        this.authorUserId = authorUserId;
        this.deleteTokenHash = deleteTokenHash;
        this.saidOn = saidOn;
    }

    Long id() {
        return id;
    }

    String body() {
        return body;
    }

    Set<Theme> themes() {
        return EnumSet.copyOf(themes.isEmpty() ? EnumSet.noneOf(Theme.class) : themes);
    }

    String authorUserId() {
        return authorUserId;
    }

    String deleteTokenHash() {
        return deleteTokenHash;
    }

    LocalDate saidOn() {
        return saidOn;
    }

    void rethemed(Set<Theme> chosen) {
        this.themes = EnumSet.copyOf(chosen);
        this.themesSuggested = false;
    }

    /** The rules' and the model's suggestion, found with the vector after the ack: taken only while nobody has chosen. */
    void suggestedThemes(Set<Theme> suggested) {
        if (themesSuggested) {
            this.themes = EnumSet.copyOf(suggested);
        }
    }

    void rewritten(String text) {
        this.body = text;
        forgetMeaning();
    }





    /** Forget-me keeps nothing of an attributed entry: the words themselves may identify the speaker. */
    boolean attributedTo(String userId) {
        return authorUserId != null && authorUserId.equals(userId);
    }

    VoiceView view() {
        return new VoiceView(VoiceView.reference(id), id, body, themes(), authorUserId, saidOn,
                embedding(), placement());
    }
}
