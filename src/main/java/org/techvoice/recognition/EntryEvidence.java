package org.techvoice.recognition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.draft.EntryEvidenceSource;
import org.techvoice.draft.EvidenceEntry;
import org.techvoice.voice.VoiceService;
import org.techvoice.understanding.Embedding;
import org.techvoice.understanding.Placement;
import org.techvoice.understanding.VectorPlacer;
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
    private final StoredEvidence stored;
    /** the bank placing contributions and achievements among Appendix A's activities, when the application has one */
    private final VectorPlacer activities;

    EntryEvidence(VoiceService voice, ContributionRepository contributions, AchievementRepository achievements,
            StoredEvidence stored, List<VectorPlacer> placers) {
        this.stored = stored;
        this.voice = voice;
        this.contributions = contributions;
        this.achievements = achievements;
        this.activities = placers.stream().filter(p -> p.targets() == VectorPlacer.Targets.APPENDIX_A_ACTIVITIES).findFirst().orElse(null);
    }

    /**
     * Each table in the order its rows were stored, not by date (see {@link EntryEvidenceSource}), starting at
     * its first row dated on or after {@code since}. Each page is one plain query of its own, outside any
     * transaction, so the rows of a page are released once handed on (one persistence context for the whole walk kept
     * every one of 100,000 entities until the end).
     */
    @Override
    public void forEachEntry(String teamId, LocalDate since, Consumer<EvidenceEntry> sink) {
        StoredOrderWalk.forEach(justBefore(voice.firstIdSince(teamId, since)), (afterId, size) -> voice.page(teamId, since, afterId, size),
                VoiceView::id, v -> sink.accept(of(v)));
        // a contribution's or achievement's vector serves only to place it among Appendix A's activities: it is read only
        // where the placement stored with it is missing or was made against another bank, and not at all while the bank
        // is not built (the rules alone match then)
        String stamp = activities == null ? null : activities.stamp();
        StoredOrderWalk.forEach(justBefore(contributions.firstIdSince(teamId, since)),
                (afterId, size) -> stored.contributions(teamId, since, afterId, size),
                StoredEvidence.ContributionRow::id, new Paged<>(stamp, StoredEvidence.ContributionRow::id,
                        StoredEvidence.ContributionRow::placement, ids -> contributions.vectors(teamId, ids),
                        (c, vector) -> sink.accept(of(c, vector))));
        StoredOrderWalk.forEach(justBefore(achievements.firstIdSince(teamId, since)),
                (afterId, size) -> stored.achievements(teamId, since, afterId, size),
                StoredEvidence.AchievementRow::id, new Paged<>(stamp, StoredEvidence.AchievementRow::id,
                        StoredEvidence.AchievementRow::placement, ids -> achievements.vectors(teamId, ids), (a, vector) -> {
                            EvidenceEntry entry = of(a, vector);
                            if (entry != null) {
                                sink.accept(entry);
                            }
                        }));
    }

    /**
     * Hands on each row of a page with its vector where it needs one: the rows of a page are gathered, and the vectors of
     * those whose placement is not current read in one query when the page is complete or the walk ends.
     */
    private static final class Paged<R> implements Consumer<R>, StoredOrderWalk.PageEnd {
        private final String stamp;
        private final ToLongFunction<R> idOf;
        private final Function<R, Placement> placementOf;
        private final Function<List<Long>, List<Object[]>> vectors;
        private final BiConsumer<R, Embedding> each;
        private final List<R> rows = new ArrayList<>();

        Paged(String stamp, ToLongFunction<R> idOf, Function<R, Placement> placementOf, Function<List<Long>, List<Object[]>> vectors,
                BiConsumer<R, Embedding> each) {
            this.stamp = stamp;
            this.idOf = idOf;
            this.placementOf = placementOf;
            this.vectors = vectors;
            this.each = each;
        }

        @Override
        public void accept(R row) {
            rows.add(row);
        }

        @Override
        public void pageEnded() {
            List<Long> missing = new ArrayList<>();
            if (stamp != null) {
                for (R row : rows) {
                    Placement placement = placementOf.apply(row);
                    if (placement == null || !placement.current(stamp)) {
                        missing.add(idOf.applyAsLong(row));
                    }
                }
            }
            Map<Long, Embedding> read = new HashMap<>();
            if (!missing.isEmpty()) {
                vectors.apply(missing).forEach(pair -> read.put((Long) pair[0], Embedding.fromBytes((byte[]) pair[1])));
            }
            rows.forEach(row -> each.accept(row, read.get(idOf.applyAsLong(row))));
            rows.clear();
        }
    }

    /** Where a walk starts: just before its first row, or past every id when there is none. */
    private static long justBefore(Optional<Long> firstId) {
        return firstId.map(id -> id - 1).orElse(Long.MAX_VALUE);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EvidenceEntry> byReference(String teamId, String reference) {
        return Optional.ofNullable(byReferences(teamId, List.of(reference)).get(reference));
    }

    /** One query per table the references name, rather than one per reference: a draft cites dozens. */
    @Override
    @Transactional(readOnly = true)
    public Map<String, EvidenceEntry> byReferences(String teamId, Collection<String> references) {
        Map<Character, Map<Long, List<String>>> wanted = new HashMap<>();
        for (String reference : references) {
            EntryReference.parse(reference).ifPresent(ref -> wanted.computeIfAbsent(ref.kind(), kind -> new HashMap<>())
                    .computeIfAbsent(ref.id(), id -> new ArrayList<>()).add(reference));
        }
        Map<String, EvidenceEntry> found = new HashMap<>();
        read(wanted, VoiceView.PREFIX, ids -> voice.findAll(teamId, ids), VoiceView::id, EntryEvidence::of, found);
        read(wanted, ContributionView.PREFIX, ids -> contributions.findByTeamIdAndIdIn(teamId, ids), Contribution::id,
                c -> of(c.view()), found);
        read(wanted, AchievementView.PREFIX, ids -> achievements.findByTeamIdAndIdIn(teamId, ids), Achievement::id,
                a -> of(a.view()), found);
        return found;
    }

    /** The rows of one table the references name, each given as the entry of every reference naming it (unless null). */
    private static <R> void read(Map<Character, Map<Long, List<String>>> wanted, String prefix, Function<Collection<Long>, List<R>> rows,
            ToLongFunction<R> idOf, Function<R, EvidenceEntry> entryOf, Map<String, EvidenceEntry> found) {
        Map<Long, List<String>> byId = wanted.get(prefix.charAt(0));
        if (byId == null) {
            return;
        }
        for (R row : rows.apply(byId.keySet())) {
            EvidenceEntry entry = entryOf.apply(row);
            if (entry != null) {
                byId.getOrDefault(idOf.applyAsLong(row), List.of()).forEach(reference -> found.put(reference, entry));
            }
        }
    }

    static EvidenceEntry of(VoiceView v) {
        return new EvidenceEntry(v.reference(), EvidenceEntry.Kind.VOICE, "voice", v.themes(), v.text(), v.authorUserId(),
                v.saidOn(), null, false, v.embedding(), v.placement());
    }

    static EvidenceEntry of(StoredEvidence.ContributionRow c, Embedding vector) {
        return new EvidenceEntry(ContributionView.PREFIX + c.id(), EvidenceEntry.Kind.CONTRIBUTION, c.kind().label(), c.themes(), c.body(),
                c.userId(), c.happenedOn(), c.link(), false, vector, c.placement());
    }

    /** Null unless approved. */
    static EvidenceEntry of(StoredEvidence.AchievementRow a, Embedding vector) {
        if (a.status() != Achievement.Status.APPROVED) {
            return null;
        }
        return new EvidenceEntry(AchievementView.PREFIX + a.id(), EvidenceEntry.Kind.ACHIEVEMENT, "achievement", a.themes(), a.body(),
                a.subjectUserId(), a.achievedOn(), null, a.posted(), vector, a.placement());
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
