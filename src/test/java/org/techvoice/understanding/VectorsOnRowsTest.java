package org.techvoice.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.techvoice.support.StoredEmbeddingChecks;
import org.techvoice.understanding.EmbeddableTexts.EmbeddedText;

class VectorsOnRowsTest {

    record Row(long id, String text) {
    }

    @Test
    void aVectorGoesOnlyOnARowThatStillHasTheEmbeddedText() {
        Map<Long, Embedding> kept = new HashMap<>();
        List<Row> rows = List.of(new Row(1, "same words"), new Row(2, "edited since"));
        Embedding meaning = StoredEmbeddingChecks.filledWith(9);

        int stored = VectorsOnRows.store(List.of(new EmbeddedText(1, "same words", meaning), new EmbeddedText(2, "old words", meaning),
                new EmbeddedText(3, "deleted since", meaning)), keys -> rows, row -> Long.toString(row.id()), Row::text,
                (row, e) -> kept.put(row.id(), e.embedding()));

        assertThat(stored).isEqualTo(1);
        assertThat(kept).containsOnlyKeys(1L);
        assertThat(VectorsOnRows.store(List.of(), ids -> { throw new AssertionError("no query for nothing"); }, row -> Long.toString(row.id()),
                Row::text, (row, e) -> kept.put(row.id(), e.embedding()))).isZero();
    }
}
