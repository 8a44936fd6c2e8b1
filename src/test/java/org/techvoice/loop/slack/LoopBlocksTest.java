package org.techvoice.loop.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.techvoice.draft.actionplan.ActionOrigin;
import org.techvoice.draft.actionplan.ActionStatus;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.loop.SaidDidPost;
import org.techvoice.themes.Theme;

/** The words of a "you said, we did" item, without Slack or Spring: who is doing it, and what may be said of a small group. */
class LoopBlocksTest {

    static SaidDidPost.Item item(String lead, List<SaidDidPost.Raised> raised) {
        return new SaidDidPost.Item("TC-7", Set.of(Theme.CAREER_DEVELOPMENT), "Publish grade profiles <!here>", lead,
                LocalDate.of(2027, 3, 31), Rag.AMBER, ActionStatus.IN_PROGRESS, ActionOrigin.VOICE, SaidDidPost.Change.STATUS_CHANGED,
                raised, List.of());
    }

    @Test
    void anActionLedByASlackPersonNamesThemAndAnythingElseTypedIsShownNotActedOn() {
        String text = LoopBlocks.item(item("<@U0OWNER1|jo> with <!channel> and @here", List.of()), 5);

        assertThat(text).contains("*Who:* <@U0OWNER1> with &lt;!channel&gt; and @\u2060here")
                .doesNotContain("&lt;@U0OWNER1").doesNotContain("<!here>").doesNotContain("<!channel>")
                .contains("*By:* March 2027").contains("*Status:* Amber, in progress").contains("TC-7");
        assertThat(LoopBlocks.item(item("Head of Technical Services", List.of()), 5)).contains("*Who:* Head of Technical Services");
        assertThat(LoopBlocks.item(item(" ", List.of()), 5)).contains("*Who:* the technical lead");
    }

    @Test
    void aSmallGroupIsSaidToBeFewerThanTheMinimumAndALargerOneIsCounted() {
        SaidDidPost.Raised small = new SaidDidPost.Raised("F-1", Theme.CAREER_DEVELOPMENT, "Career pathways", 0, false, null);
        SaidDidPost.Raised counted = new SaidDidPost.Raised("F-2", Theme.CAREER_DEVELOPMENT, "Grade profiles", 6, true, null);
        SaidDidPost.Raised surveyed = new SaidDidPost.Raised("F-3", Theme.CAREER_DEVELOPMENT, "Progression", 0, false,
                new SaidDidPost.SurveyFigure("S-4", "I can see how to progress", 22, 41));

        String said = LoopBlocks.said(item("Jo", List.of(small, counted, surveyed)), 5);

        assertThat(said).isEqualTo("fewer than 5 remarks about _Career pathways_; 6 remarks about _Grade profiles_; "
                + "in S-4, 22% of 41 who answered agreed that \"I can see how to progress\".");
        assertThat(LoopBlocks.said(item("Jo", List.of()), 5)).isEqualTo("technicians raised it through TechVoice.");
    }
}
