package org.techvoice.draft.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.techvoice.draft.EvidenceEntry;
import org.techvoice.draft.EvidenceEntry.Kind;
import org.techvoice.themes.Theme;

/** The draft's references are read from the entries' tables together, each at most once: not one lookup per citation. */
class EvidenceLookupTest {

    private final List<List<String>> reads = new ArrayList<>();
    private final EvidenceLookup lookup = new EvidenceLookup(this::read, List::of);

    private Map<String, EvidenceEntry> read(Collection<String> references) {
        reads.add(List.copyOf(references));
        return references.stream().filter(reference -> reference.startsWith("V-"))
                .collect(Collectors.toMap(reference -> reference, EvidenceLookupTest::entry));
    }

    private static EvidenceEntry entry(String reference) {
        return new EvidenceEntry(reference, Kind.VOICE, "idea", Set.of(Theme.VISIBILITY), "Said in " + reference, null,
                LocalDate.of(2026, 3, 1), null, false);
    }

    @Test
    void referencesShownAreReadTogetherOnceAndCitedWhenTheyNameSomething() {
        Citations citations = new Citations();
        List.of("V-3", "VIS-1", "V-7", "V-3", "V-9").forEach(reference -> lookup.citeLater(reference, citations));
        assertThat(reads).isEmpty();

        lookup.citeRemaining(citations);

        assertThat(reads).containsExactly(List.of("V-3", "VIS-1", "V-7", "V-9"));
        assertThat(citations.rows()).extracting(row -> row.get(0)).containsExactly("V-3", "V-7", "V-9");
    }

    @Test
    void aReferenceReadOnceIsNotReadAgain() {
        Citations citations = new Citations();
        assertThat(lookup.cite("V-4", citations)).isTrue();
        assertThat(lookup.cite("V-4", citations)).isTrue();
        assertThat(lookup.cite("A-2", citations)).isFalse();
        lookup.citeLater("V-4", citations);
        lookup.citeLater("A-2", citations);
        lookup.citeRemaining(citations);

        assertThat(reads).containsExactly(List.of("V-4"), List.of("A-2"));
    }

    @Test
    void referencesReadAheadAreCitedOneByOneWithoutAReadEach() {
        Citations citations = new Citations();
        lookup.readAhead(List.of("V-1", "A-5", "V-2", "V-1"));

        assertThat(lookup.cite("V-1", citations)).isTrue();
        assertThat(lookup.cite("A-5", citations)).isFalse();
        assertThat(lookup.cite("V-2", citations)).isTrue();
        assertThat(reads).containsExactly(List.of("V-1", "A-5", "V-2"));
    }
}
