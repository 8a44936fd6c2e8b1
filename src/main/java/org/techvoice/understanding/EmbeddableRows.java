package org.techvoice.understanding;

import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.themes.ThemeSuggestion;

/**
 * {@link EmbeddableTexts} over one feature's table, from the feature's own repository methods: the feature declares
 * the bean (so its repository and entity stay inside it), this class does the walking and the storing the same way
 * for every kind of text.
 *
 * @param <T> the feature's entity
 */
public class EmbeddableRows<T, K extends Comparable<K>> implements EmbeddableTexts {

    /** The feature's query for rows without a vector: the workspace's, keys above {@code afterKey}, lowest first. */
    @FunctionalInterface
    public interface AwaitingQuery<K> {
        List<TextToEmbed> find(String teamId, K afterKey, Pageable page);
    }

    /** The feature's query for rows with a vector not placed against {@code stamp}: the workspace's, keys above {@code afterKey}. */
    @FunctionalInterface
    public interface PlacementQuery<K> {
        List<StoredVector> find(String teamId, String stamp, K afterKey, Pageable page);
    }

    /** Where the rows' vectors are placed: by which bank, the feature's query for rows to place again, and the setter. */
    private record Placing<T, K>(VectorPlacer.Targets targets, PlacementQuery<K> awaiting, Function<T, Embedding> vectorOf,
            BiConsumer<T, Placement> keep) {
    }

    /** The feature's query for its rows by key, within one workspace. */
    @FunctionalInterface
    public interface RowsQuery<T, K> {
        List<T> find(String teamId, Collection<K> keys);
    }

    private final String kind;
    private final K beforeFirst;
    private final Function<String, K> parse;
    private final AwaitingQuery<K> awaiting;
    private final RowsQuery<T, K> rows;
    private final Function<T, String> keyOf;
    private final Function<T, String> textOf;
    private final BiConsumer<T, Embedding> keep;
    private final BiConsumer<T, List<ThemeSuggestion>> suggested;
    private final Placing<T, K> placing;

    protected EmbeddableRows(String kind, K beforeFirst, Function<String, K> parse, AwaitingQuery<K> awaiting, RowsQuery<T, K> rows,
            Function<T, String> keyOf, Function<T, String> textOf, BiConsumer<T, Embedding> keep) {
        this(kind, beforeFirst, parse, awaiting, rows, keyOf, textOf, keep, (row, themes) -> { }, null);
    }

    private EmbeddableRows(String kind, K beforeFirst, Function<String, K> parse, AwaitingQuery<K> awaiting, RowsQuery<T, K> rows,
            Function<T, String> keyOf, Function<T, String> textOf, BiConsumer<T, Embedding> keep,
            BiConsumer<T, List<ThemeSuggestion>> suggested, Placing<T, K> placing) {
        this.placing = placing;
        this.kind = kind;
        this.beforeFirst = beforeFirst;
        this.parse = parse;
        this.awaiting = awaiting;
        this.rows = rows;
        this.keyOf = keyOf;
        this.textOf = textOf;
        this.keep = keep;
        this.suggested = suggested;
    }

    /**
     * Rows with themes: each is also given the themes the rules and the model suggest for its text, found with its
     * new vector. The row decides: one whose themes were suggested on the ack (by the rules alone) and not chosen
     * since takes them; one whose author chose keeps the choice.
     */
    public EmbeddableRows<T, K> withSuggestedThemes(BiConsumer<T, List<ThemeSuggestion>> take) {
        return new EmbeddableRows<>(kind, beforeFirst, parse, awaiting, rows, keyOf, textOf, keep, take, placing);
    }

    /**
     * Rows whose vector is also placed by a bank ({@link Placement}): the job stores where each new vector places its
     * row, and places again, from the stored vector, the rows {@code awaitingPlacement} finds.
     */
    public EmbeddableRows<T, K> withPlacement(VectorPlacer.Targets targets, PlacementQuery<K> awaitingPlacement,
            Function<T, Embedding> vectorOf, BiConsumer<T, Placement> place) {
        return new EmbeddableRows<>(kind, beforeFirst, parse, awaiting, rows, keyOf, textOf, keep, suggested,
                new Placing<>(targets, awaitingPlacement, vectorOf, place));
    }

    /** A table keyed by a generated number. */
    public static <T> EmbeddableRows<T, Long> byNumber(String kind, AwaitingQuery<Long> awaiting, RowsQuery<T, Long> rows,
            ToLongFunction<T> idOf, Function<T, String> textOf, BiConsumer<T, Embedding> keep) {
        return new EmbeddableRows<>(kind, 0L, Long::valueOf, awaiting, rows, row -> Long.toString(idOf.applyAsLong(row)), textOf,
                keep);
    }

    /** A table keyed by text, e.g. a random UUID: walked in the text's order, which is as good as any for a back-fill. */
    public static <T> EmbeddableRows<T, String> byText(String kind, AwaitingQuery<String> awaiting, RowsQuery<T, String> rows,
            Function<T, String> keyOf, Function<T, String> textOf, BiConsumer<T, Embedding> keep) {
        return new EmbeddableRows<>(kind, "", Function.identity(), awaiting, rows, keyOf, textOf, keep);
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TextToEmbed> awaitingEmbedding(String teamId, String afterKey, int limit) {
        return awaiting.find(teamId, afterKey == null ? beforeFirst : parse.apply(afterKey), PageRequest.of(0, limit));
    }

    @Override
    @Transactional
    public int store(String teamId, List<EmbeddedText> embedded) {
        return VectorsOnRows.store(embedded, keys -> rows.find(teamId, keys.stream().map(parse).toList()), keyOf, textOf,
                (row, text) -> {
                    keep.accept(row, text.embedding());
                    if (text.themes() != null) {
                        suggested.accept(row, text.themes());
                    }
                    if (placing != null && text.placement() != null) {
                        placing.keep().accept(row, text.placement());
                    }
                });
    }

    @Override
    public VectorPlacer.Targets placedBy() {
        return placing == null ? null : placing.targets();
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoredVector> awaitingPlacement(String teamId, String stamp, String afterKey, int limit) {
        if (placing == null) {
            return List.of();
        }
        return placing.awaiting().find(teamId, stamp, afterKey == null ? beforeFirst : parse.apply(afterKey), PageRequest.of(0, limit));
    }

    @Override
    @Transactional
    public int storePlacements(String teamId, List<PlacedVector> placed) {
        if (placing == null || placed.isEmpty()) {
            return 0;
        }
        java.util.Map<String, PlacedVector> byKey = new java.util.HashMap<>();
        placed.forEach(p -> byKey.put(p.key(), p));
        int stored = 0;
        for (T row : rows.find(teamId, placed.stream().map(PlacedVector::key).map(parse).toList())) {
            PlacedVector p = byKey.get(keyOf.apply(row));
            // the row still holds the vector that was placed: an edit meanwhile cleared it, and the new one is placed with it
            if (p != null && p.embedding().equals(placing.vectorOf().apply(row))) {
                placing.keep().accept(row, p.placement());
                stored++;
            }
        }
        return stored;
    }
}
