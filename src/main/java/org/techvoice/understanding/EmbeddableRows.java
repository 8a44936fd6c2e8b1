package org.techvoice.understanding;

import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link EmbeddableTexts} over one feature's table, from the feature's own repository methods: the feature declares
 * the bean (so its repository and entity stay inside it), this class does the walking and the storing the same way
 * for every kind of text.
 *
 * @param <T> the feature's entity
 */
public class EmbeddableRows<T> implements EmbeddableTexts {

    /** The feature's query for rows without a vector: the workspace's, ids above {@code afterId}, lowest first. */
    @FunctionalInterface
    public interface AwaitingQuery {
        List<TextToEmbed> find(String teamId, long afterId, Pageable page);
    }

    /** The feature's query for its rows by id, within one workspace. */
    @FunctionalInterface
    public interface RowsQuery<T> {
        List<T> find(String teamId, Collection<Long> ids);
    }

    private final String kind;
    private final AwaitingQuery awaiting;
    private final RowsQuery<T> rows;
    private final ToLongFunction<T> idOf;
    private final Function<T, String> textOf;
    private final BiConsumer<T, Embedding> keep;

    public EmbeddableRows(String kind, AwaitingQuery awaiting, RowsQuery<T> rows, ToLongFunction<T> idOf, Function<T, String> textOf,
            BiConsumer<T, Embedding> keep) {
        this.kind = kind;
        this.awaiting = awaiting;
        this.rows = rows;
        this.idOf = idOf;
        this.textOf = textOf;
        this.keep = keep;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TextToEmbed> awaitingEmbedding(String teamId, long afterId, int limit) {
        return awaiting.find(teamId, afterId, PageRequest.of(0, limit));
    }

    @Override
    @Transactional
    public int store(String teamId, List<EmbeddedText> embedded) {
        return VectorsOnRows.store(embedded, ids -> rows.find(teamId, ids), idOf, textOf, keep);
    }
}
