package org.techvoice.understanding;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.techvoice.understanding.EmbeddableTexts.EmbeddedText;

/** The one way a feature puts the job's vectors on its own rows (inside the feature's transaction). */
public final class VectorsOnRows {

    private VectorsOnRows() {
    }

    /**
     * Loads the rows by id (the caller's query, scoped to one workspace) and stores each vector on its row when the
     * row still has the text that was embedded (and gives the row what was found with it: its vector, the themes
     * suggested): one edited meanwhile waits for the next run with its new text.
     *
     * @return how many rows got their vector
     */
    public static <T> int store(List<EmbeddedText> embedded, Function<List<String>, List<T>> rowsByKey, Function<T, String> keyOf,
            Function<T, String> textOf, BiConsumer<T, EmbeddedText> keep) {
        if (embedded.isEmpty()) {
            return 0;
        }
        Map<String, T> rows = rowsByKey.apply(embedded.stream().map(EmbeddedText::key).toList()).stream()
                .collect(Collectors.toMap(keyOf, Function.identity()));
        int stored = 0;
        for (EmbeddedText text : embedded) {
            T row = rows.get(text.key());
            if (row != null && text.text().equals(textOf.apply(row))) {
                keep.accept(row, text);
                stored++;
            }
        }
        return stored;
    }
}
