package org.techvoice.recognition;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.draft.EntryEvidenceSource;
import org.techvoice.draft.EvidenceEntry;
import org.techvoice.voice.VoiceService;
import org.techvoice.voice.VoiceView;

/**
 * Voice, contributions and achievements as evidence for the draft, merged oldest first. Achievements count
 * only once approved (their own, or the subject agreed): a kept-private one must not reach a published draft.
 */
@Component
class EntryEvidence implements EntryEvidenceSource {

    private final VoiceService voice;
    private final ContributionRepository contributions;
    private final AchievementRepository achievements;

    EntryEvidence(VoiceService voice, ContributionRepository contributions, AchievementRepository achievements) {
        this.voice = voice;
        this.contributions = contributions;
        this.achievements = achievements;
    }

    /**
     * Not one transaction: each page is read in its own, so the rows of a page are released once handed on
     * (one persistence context for the whole walk kept every one of 100,000 entities until the end).
     */
    @Override
    public void forEachEntry(String teamId, LocalDate since, Consumer<EvidenceEntry> sink) {
        // (since, -1) is before every row of that day, so the first page starts at since itself
        List<DatedCursor<?>> cursors = List.of(
                new DatedCursor<VoiceView>(since, (day, id, size) -> voice.page(teamId, since, day, id, size),
                        VoiceView::saidOn, VoiceView::id, EntryEvidence::of),
                new DatedCursor<Contribution>(since,
                        (day, id, size) -> contributions.page(teamId, since, day, id, PageRequest.of(0, size)),
                        c -> c.view().happenedOn(), Contribution::id, c -> of(c.view())),
                new DatedCursor<Achievement>(since,
                        (day, id, size) -> achievements.page(teamId, since, day, id, PageRequest.of(0, size)),
                        a -> a.view().achievedOn(), Achievement::id, a -> of(a.view())));
        while (true) {
            Optional<DatedCursor<?>> next = cursors.stream().filter(c -> c.peek() != null).min(Comparator.comparing(DatedCursor::day));
            if (next.isEmpty()) {
                return;
            }
            EvidenceEntry entry = next.get().take();
            if (entry != null) {
                sink.accept(entry);
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EvidenceEntry> byReference(String teamId, String reference) {
        return EntryReference.parse(reference).map(ref -> {
            if (ref.voice()) {
                return voice.find(teamId, ref.id()).map(EntryEvidence::of).orElse(null);
            }
            if (ref.contribution()) {
                return contributions.findByIdAndTeamId(ref.id(), teamId).map(c -> of(c.view())).orElse(null);
            }
            return achievements.findByIdAndTeamId(ref.id(), teamId).map(a -> of(a.view())).orElse(null);
        }).filter(Objects::nonNull);
    }

    static EvidenceEntry of(VoiceView v) {
        return new EvidenceEntry(v.reference(), EvidenceEntry.Kind.VOICE, "voice", v.themes(), v.text(), v.authorUserId(),
                v.saidOn(), null, false);
    }

    static EvidenceEntry of(ContributionView c) {
        return new EvidenceEntry(c.reference(), EvidenceEntry.Kind.CONTRIBUTION, c.kind().label(), c.themes(), c.text(), c.userId(),
                c.happenedOn(), c.link(), false);
    }

    /** Null unless approved. */
    static EvidenceEntry of(AchievementView a) {
        if (!a.approved()) {
            return null;
        }
        return new EvidenceEntry(a.reference(), EvidenceEntry.Kind.ACHIEVEMENT, "achievement", a.themes(), a.text(),
                a.subjectUserId(), a.achievedOn(), null, a.posted());
    }
}
