package org.techvoice.recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.entry.EntryRejected;
import org.techvoice.entry.EntryKind;
import org.techvoice.entry.EntryText;
import org.techvoice.entry.ThemeChoice;
import org.techvoice.themes.Theme;
import org.techvoice.voice.EntryChange;
import org.techvoice.voice.VoiceService;
import org.techvoice.voice.VoiceView;

/** {@code /tc mine}: what a person logged or was celebrated for, across voice, contributions and achievements. */
@Service
public class OwnEntries {

    private final VoiceService voice;
    private final ContributionRepository contributions;
    private final AchievementRepository achievements;
    private final CelebrationService celebrations;
    private final CelebrationReactions reactions;

    OwnEntries(VoiceService voice, ContributionRepository contributions, AchievementRepository achievements,
            CelebrationService celebrations, CelebrationReactions reactions) {
        this.reactions = reactions;
        this.voice = voice;
        this.contributions = contributions;
        this.achievements = achievements;
        this.celebrations = celebrations;
    }

    /** Newest first. Anonymous voice is linked to nobody and so never listed. */
    @Transactional(readOnly = true)
    public List<OwnEntry> list(String teamId, String userId) {
        List<OwnEntry> entries = new ArrayList<>();
        voice.attributedTo(teamId, userId).forEach(v -> entries.add(of(v)));
        contributions.findByTeamIdAndUserIdOrderByIdDesc(teamId, userId).forEach(c -> entries.add(of(c.view())));
        List<Achievement> theirs = new ArrayList<>(achievements.findByTeamIdAndSubjectUserIdOrderByIdDesc(teamId, userId));
        achievements.findByTeamIdAndCelebratedByOrderByIdDesc(teamId, userId).stream()
                .filter(a -> !a.subjectUserId().equals(userId)).forEach(theirs::add);
        theirs.forEach(a -> entries.add(of(a.view(), userId, a.posted() ? reactions.count(teamId, a.id()) : 0)));
        entries.sort(Comparator.comparing(OwnEntry::date).reversed().thenComparing(OwnEntry::reference, Comparator.reverseOrder()));
        return entries;
    }

    /** One of the person's own entries, e.g. to fill the edit form; empty when gone or not theirs. */
    @Transactional(readOnly = true)
    public Optional<OwnEntry> find(String teamId, String userId, String reference) {
        return list(teamId, userId).stream().filter(e -> e.reference().equalsIgnoreCase(reference.strip())).findFirst();
    }

    @Transactional
    public EntryChange delete(String teamId, String userId, String reference) {
        Optional<EntryReference> parsed = EntryReference.parse(reference);
        if (parsed.isEmpty()) {
            return EntryChange.NOT_FOUND;
        }
        EntryReference ref = parsed.get();
        if (ref.voice()) {
            return voice.delete(teamId, ref.id(), null, userId);
        }
        if (ref.contribution()) {
            Optional<Contribution> found = contributions.findByIdAndTeamId(ref.id(), teamId);
            if (found.isEmpty()) {
                return EntryChange.NOT_FOUND;
            }
            if (!found.get().userId().equals(userId)) {
                return EntryChange.NOT_YOURS;
            }
            contributions.delete(found.get());
            return EntryChange.DONE;
        }
        return celebrations.delete(teamId, userId, ref.id());
    }

    /** @throws EntryRejected when the new text is empty or too long, or no theme is left */
    @Transactional
    public EntryChange edit(String teamId, String userId, String reference, String text, Set<Theme> themes) {
        Optional<EntryReference> parsed = EntryReference.parse(reference);
        if (parsed.isEmpty()) {
            return EntryChange.NOT_FOUND;
        }
        EntryReference ref = parsed.get();
        if (ref.voice()) {
            return voice.edit(teamId, ref.id(), null, userId, text, themes);
        }
        if (ref.contribution()) {
            String body = EntryText.clean(text, EntryKind.CONTRIBUTION);
            ThemeChoice.required(themes);
            Optional<Contribution> found = contributions.findByIdAndTeamId(ref.id(), teamId);
            if (found.isEmpty()) {
                return EntryChange.NOT_FOUND;
            }
            if (!found.get().userId().equals(userId)) {
                return EntryChange.NOT_YOURS;
            }
            found.get().rewrite(body, themes);
            return EntryChange.DONE;
        }
        return celebrations.edit(teamId, userId, ref.id(), text, themes);
    }

    private static OwnEntry of(VoiceView v) {
        return new OwnEntry(v.reference(), "voice (with your name)", v.text(), v.themes(), v.saidOn(), "", true, false);
    }

    private static OwnEntry of(ContributionView c) {
        return new OwnEntry(c.reference(), c.kind().label(), c.text(), c.themes(), c.happenedOn(), "", true, false);
    }

    private static OwnEntry of(AchievementView a, String userId, long reactionCount) {
        String state = a.awaitingConsent() ? "waiting for approval"
                : !a.approved() ? "kept private"
                : a.posted() ? "celebrated in the network channel" + reactionsShown(reactionCount)
                : "approved, waiting for the network channel to be set";
        String kind = a.own() ? "achievement" : a.subjectUserId().equals(userId) ? "achievement (celebrated by a colleague)"
                : "achievement you celebrated";
        return new OwnEntry(a.reference(), kind, a.text(), a.themes(), a.achievedOn(), state, a.subjectUserId().equals(userId),
                a.approved() && a.posted());
    }

    private static String reactionsShown(long count) {
        return count == 0 ? "" : count == 1 ? " · 1 reaction" : " · " + count + " reactions";
    }
}
