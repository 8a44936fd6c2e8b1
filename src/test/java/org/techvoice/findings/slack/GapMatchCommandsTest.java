package org.techvoice.findings.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.techvoice.draft.document.MatchCorrection;
import org.techvoice.draft.document.MatchCorrections;
import org.techvoice.slack.SlackReplies;
import org.techvoice.themes.ThemeCatalogue;

/** The list of the lead's marks fits one message whole, however many there are; mechanisms are named in words. */
class GapMatchCommandsTest {

    private final MatchCorrections corrections = mock(MatchCorrections.class);
    private final GapMatchCommands commands = new GapMatchCommands(corrections, new ThemeCatalogue());

    @Test
    void aLongListOfMarksSaysHowManyMoreThereAreInsteadOfBeingCutMidLine() {
        List<MatchCorrection> marks = IntStream.rangeClosed(1, 30)
                .mapToObj(i -> new MatchCorrection("VIS-9", "C-" + i, LocalDate.of(2026, 12, 1))).toList();
        when(corrections.list("T1")).thenReturn(marks);

        String answer = commands.answer("T1", "U1", List.of("wrong"));

        assertThat(answer.length()).isLessThanOrEqualTo(SlackReplies.SECTION_TEXT_LIMIT);
        assertThat(answer).contains("/tc plan undo VIS-9 C-" + GapMatchCommands.MARKS_LISTED + "`")
                .doesNotContain("C-" + (GapMatchCommands.MARKS_LISTED + 1) + "`")
                .endsWith("…and " + (30 - GapMatchCommands.MARKS_LISTED) + " more (the list runs by activity).");
    }

    @Test
    void mechanismsAreNamedInWordsWhateverTheirCase() {
        when(corrections.list("T1")).thenReturn(List.of(new MatchCorrection("VIS-7", "celebrations", LocalDate.of(2026, 12, 1))));

        assertThat(commands.answer("T1", "U1", List.of("wrong"))).contains("TechVoice's celebrations does not show *VIS-7*")
                .contains("`/tc plan undo VIS-7 celebrations`");
    }
}
