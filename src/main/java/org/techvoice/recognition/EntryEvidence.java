package org.techvoice.recognition;

import java.time.LocalDate;
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
 * Voice, contributions and achievements as evidence for the draft. Achievements count
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
     * Each table in the order its rows were stored, not by date (see {@link EntryEvidenceSource}), starting at
     * its first row dated on or after {@code since}. Not one transaction: each page is read in its own, so the
     * rows of a page are released once handed on (one persistence context for the whole walk kept every one of
     * 100,000 entities until the end).
     */
    @Override
    public void forEachEntry(String teamId, LocalDate since, Consumer<EvidenceEntry> sink) {
        StoredOrderWalk.forEach(justBefore(voice.firstIdSince(teamId, since)), (afterId, size) -> voice.page(teamId, since, afterId, size),
                VoiceView::id, v -> sink.accept(of(v)));
        StoredOrderWalk.forEach(justBefore(contributions.firstIdSince(teamId, since)),
                (afterId, size) -> contributions.page(teamId, since, afterId, PageRequest.of(0, size)),
                Contribution::id, c -> sink.accept(of(c.view())));
        StoredOrderWalk.forEach(justBefore(achievements.firstIdSince(teamId, since)),
                (afterId, size) -> achievements.page(teamId, since, afterId, PageRequest.of(0, size)),
                Achievement::id, a -> {
                    EvidenceEntry entry = of(a.view());
                    if (entry != null) {
                        sink.accept(entry);
                    }
                });
    }

    /** Where a walk starts: just before its first row, or past every id when there is none. */
    private static long justBefore(Optional<Long> firstId) {
        return firstId.map(id -> id - 1).orElse(Long.MAX_VALUE);
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
                v.saidOn(), null, false, v.embedding());
    }

    static EvidenceEntry of(ContributionView c) {
        return new EvidenceEntry(c.reference(), EvidenceEntry.Kind.CONTRIBUTION, c.kind().label(), c.themes(), c.text(), c.userId(),
                c.happenedOn(), c.link(), false, c.embedding());
    }

    /** Null unless approved. */
    static EvidenceEntry of(AchievementView a) {
        if (!a.approved()) {
            return null;
        }
        return new EvidenceEntry(a.reference(), EvidenceEntry.Kind.ACHIEVEMENT, "achievement", a.themes(), a.text(),
                a.subjectUserId(), a.achievedOn(), null, a.posted(), a.embedding());
    }
}
