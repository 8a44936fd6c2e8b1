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

    protected EmbeddableRows(String kind, K beforeFirst, Function<String, K> parse, AwaitingQuery<K> awaiting, RowsQuery<T, K> rows,
            Function<T, String> keyOf, Function<T, String> textOf, BiConsumer<T, Embedding> keep) {
        this(kind, beforeFirst, parse, awaiting, rows, keyOf, textOf, keep, (row, themes) -> { });
    }

    private EmbeddableRows(String kind, K beforeFirst, Function<String, K> parse, AwaitingQuery<K> awaiting, RowsQuery<T, K> rows,
            Function<T, String> keyOf, Function<T, String> textOf, BiConsumer<T, Embedding> keep,
            BiConsumer<T, List<ThemeSuggestion>> suggested) {
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
        return new EmbeddableRows<>(kind, beforeFirst, parse, awaiting, rows, keyOf, textOf, keep, take);
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
                });
    }
}
