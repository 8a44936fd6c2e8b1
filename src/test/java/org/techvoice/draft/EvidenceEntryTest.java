package org.techvoice.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.techvoice.draft.EvidenceEntry.Kind;
import org.techvoice.themes.Theme;

/** An entry's themes are kept as {@code Set.copyOf} would keep them, from one shared set per combination. */
class EvidenceEntryTest {

    private static EvidenceEntry entry(Set<Theme> themes) {
        return new EvidenceEntry("V-1", Kind.VOICE, "idea", themes, "text", null, LocalDate.of(2026, 1, 5), null, false);
    }

    @Test
    void everyCombinationOfThemesIsKeptAsGivenAndCannotBeChanged() {
        for (int bits = 0; bits < 1 << Theme.values().length; bits++) {
            int combination = bits;
            Set<Theme> given = EnumSet.noneOf(Theme.class);
            Arrays.stream(Theme.values()).filter(theme -> (combination & 1 << theme.ordinal()) != 0).forEach(given::add);

            Set<Theme> kept = entry(given).themes();

            assertThat(kept).isEqualTo(given);
            assertThatThrownBy(() -> kept.add(Theme.VISIBILITY)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void theGivenSetChangedLaterDoesNotChangeTheEntry() {
        Set<Theme> given = new HashSet<>(Set.of(Theme.RECOGNITION));
        EvidenceEntry entry = entry(given);

        given.add(Theme.SUSTAINABILITY);

        assertThat(entry.themes()).containsExactly(Theme.RECOGNITION);
    }

    @Test
    void aNullThemeIsRefused() {
        Set<Theme> withNull = new HashSet<>();
        withNull.add(null);

        assertThatThrownBy(() -> entry(withNull)).isInstanceOf(NullPointerException.class);
    }
}
