package org.techvoice.findings.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.techvoice.draft.Finding;
import org.techvoice.draft.Finding.Status;
import org.techvoice.draft.ProposedAction;
import org.techvoice.findings.PlanReview;
import org.techvoice.findings.PlanReview.FindingReview;
import org.techvoice.findings.PlanReview.ThemeReview;
import org.techvoice.slack.Counted;
import org.techvoice.slack.DateMarkup;
import org.techvoice.slack.SlackReplies;
import org.techvoice.themes.Theme;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;

/**
 * The words and Block Kit of the lead's review: findings per theme, the actions proposed for each, and Accept, Edit and
 * Dismiss. The findings feature gives facts; everything a lead reads is written here. Trust rules already hold in the
 * facts (counts below the minimum group size are withheld, a one-entry finding is only its own quote) and are kept in
 * the wording: a single entry is never "technicians say".
 */
final class PlanBlocks {

    static final String ACCEPT = "plan_accept";
    static final String EDIT = "plan_edit";
    static final String DISMISS = "plan_dismiss";
    /** Several proposals share an actions block, whose action ids must differ: {@code plan_accept_2}. */
    static final Pattern ACCEPT_IDS = Pattern.compile("^" + ACCEPT + "(_\\d+)?$");
    static final Pattern EDIT_IDS = Pattern.compile("^" + EDIT + "(_\\d+)?$");

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final int QUOTE_LENGTH = 280;
    private static final String THEME_MARK = "@";

    private PlanBlocks() {
    }

    /**
     * The review as a message (or the leads' part of the Home tab), within {@code budget} blocks: open findings first
     * in each theme, then a line on what was already decided.
     *
     * @param only   one theme, or null for all
     * @param notice what just happened (a decision), shown first; null for none
     */
    static List<LayoutBlock> review(PlanReview review, Theme only, String notice, int budget, boolean home) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (home) {
            blocks.add(header(h -> h.text(plainText("Your action plan review"))));
        }
        if (notice != null) {
            blocks.add(section(s -> s.text(markdownText(notice))));
        }
        List<ThemeReview> themes = review.themes().stream().filter(t -> only == null || t.theme() == only).toList();
        long open = themes.stream().flatMap(t -> t.findings().stream()).filter(f -> f.finding().status() == Status.OPEN).count();
        blocks.add(context(c -> c.elements(List.of(markdownText(summary(review, only, open))))));
        if (themes.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText(only == null
                    ? ":seedling: No findings yet. They come from what technicians say with `/tc voice`, survey comments and survey "
                            + "results; check again once there is some."
                    : ":seedling: No findings about " + only.displayName() + " yet. `/tc plan` shows every theme."))));
            return blocks;
        }
        int hidden = 0;
        for (ThemeReview theme : themes) {
            List<FindingReview> openFindings = theme.findings().stream().filter(f -> f.finding().status() == Status.OPEN).toList();
            List<FindingReview> decided = theme.findings().stream().filter(f -> f.finding().status() != Status.OPEN).toList();
            // a theme's heading, its decided line and the closing note must still fit
            if (blocks.size() + 3 > budget) {
                hidden += openFindings.size();
                continue;
            }
            blocks.add(section(s -> s.text(markdownText(":pushpin: *" + theme.theme().displayName() + "* · " + openFindings.size()
                    + " to review"))));
            for (FindingReview finding : openFindings) {
                List<LayoutBlock> its = finding(finding, review.findings().minimumGroupSize(), only);
                if (blocks.size() + its.size() + 2 > budget) {
                    hidden++;
                    continue;
                }
                blocks.addAll(its);
            }
            if (!decided.isEmpty()) {
                blocks.add(context(c -> c.elements(List.of(markdownText(SlackReplies.truncate(decided(decided), 2900))))));
            }
        }
        if (hidden > 0) {
            int more = hidden;
            blocks.add(context(c -> c.elements(List.of(markdownText("…and " + Counted.of(more, "more finding") + " to review: `/tc plan <theme>` shows "
                    + "one theme at a time, e.g. `/tc plan career`.")))));
        }
        if (home) {
            blocks.add(divider());
        }
        return blocks;
    }

    private static String summary(PlanReview review, Theme only, long open) {
        var participation = review.findings().participation();
        String period = review.findings().since() == null || review.findings().since().getYear() < 2000 ? "all the evidence so far"
                : "evidence since " + DateMarkup.day(review.findings().since());
        String readFrom = Counted.of(participation.voiceEntries(), "voice entry", "voice entries") + " and "
                + Counted.of(participation.surveyComments(), "survey comment") + ", plus survey results and Appendix A";
        return (only == null ? "" : only.displayName() + " only. ") + Counted.of(open, "finding") + (open == 1 ? " awaits" : " await")
                + " your decision, from " + period + " ("
                + readFrom + "). *Accept* adds the proposed action to your plan, *Edit* lets you change it first, *Dismiss* asks why. "
                + "Proposals stay proposals until you decide.";
    }

    /**
     * One open finding: what it rests on, its proposals, and the buttons.
     *
     * @param only the theme the review shows, or null for all: kept in the buttons' block id, so the message a click
     *             refreshes still shows only that theme
     */
    static List<LayoutBlock> finding(FindingReview review, int minimumGroupSize, Theme only) {
        Finding finding = review.finding();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(SlackReplies.truncate(describe(finding, minimumGroupSize), SlackReplies.SECTION_TEXT_LIMIT)))));
        List<BlockElement> buttons = new ArrayList<>();
        int n = 0;
        for (ProposedAction proposal : review.proposals()) {
            n++;
            String suffix = n == 1 ? "" : "_" + n;
            blocks.add(section(s -> s.text(markdownText(SlackReplies.truncate(proposal(proposal), SlackReplies.SECTION_TEXT_LIMIT)))));
            String label = review.proposals().size() == 1 ? "" : " " + proposal.reference();
            buttons.add(button(b -> b.actionId(ACCEPT + suffix).value(proposal.reference()).style("primary")
                    .text(plainText(SlackReplies.truncate("Accept" + label, 75)))));
            buttons.add(button(b -> b.actionId(EDIT + suffix).value(proposal.reference()).text(plainText(SlackReplies.truncate("Edit" + label, 75)))));
        }
        buttons.add(button(b -> b.actionId(DISMISS).value(dismissValue(finding)).text(plainText("Dismiss"))));
        blocks.add(actions(a -> a.blockId(blockId(finding.reference(), only)).elements(buttons)));
        return blocks;
    }

    /** {@code plan:F-3} for the review of every theme, {@code plan:F-3@CAREER_DEVELOPMENT} for one theme's. */
    static String blockId(String findingReference, Theme only) {
        return "plan:" + findingReference + (only == null ? "" : THEME_MARK + only.name());
    }

    /** The theme a review was showing, read back from a button's block id; null for every theme (or an unknown id). */
    static Theme themeOf(String blockId) {
        if (blockId == null) {
            return null;
        }
        int mark = blockId.lastIndexOf(THEME_MARK);
        if (mark < 0) {
            return null;
        }
        String name = blockId.substring(mark + 1);
        return Arrays.stream(Theme.values()).filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    /** The Dismiss button carries the finding's reference and title, for the modal's wording. */
    static String dismissValue(Finding finding) {
        return finding.reference() + "\n" + SlackReplies.truncate(finding.title(), 150);
    }

    static String describe(Finding finding, int minimumGroupSize) {
        StringBuilder text = new StringBuilder("*").append(finding.reference()).append(" · ")
                .append(SlackReplies.escape(finding.title())).append("*\n");
        switch (finding.kind()) {
            case CONCERN -> text.append(concern(finding, minimumGroupSize));
            case SURVEY_SIGNAL -> text.append(signal(finding.signal()));
            case GAP -> text.append("No evidence yet for the Appendix A example activity ")
                    .append(finding.activityId() == null ? "" : finding.activityId()).append(".");
        }
        return text.toString();
    }

    private static String concern(Finding finding, int minimumGroupSize) {
        if (finding.single()) {
            return finding.quotes().isEmpty() ? "One entry." : "One entry:\n" + quote(finding.quotes().get(0));
        }
        String count = finding.countShown() ? finding.entryCount() + " entries" : "Fewer than " + minimumGroupSize + " entries";
        String span = finding.firstDay() == null || finding.lastDay() == null ? ""
                : finding.monthsSpanned() <= 1 ? " in " + MONTH.format(finding.lastDay())
                        : " over " + finding.monthsSpanned() + " months (" + MONTH.format(finding.firstDay()) + " to "
                                + MONTH.format(finding.lastDay()) + ")";
        String quotes = finding.quotes().stream().limit(2).map(PlanBlocks::quote).collect(Collectors.joining("\n"));
        return count + span + (quotes.isEmpty() ? "" : ", for example:\n" + quotes);
    }

    private static String quote(Finding.Quote quote) {
        String who = quote.anonymous() ? "anonymous" : quote.department() == null ? "a technician" : "a technician, " + quote.department();
        return "> " + SlackReplies.escape(SlackReplies.truncate(quote.text().strip().replaceAll("\\s+", " "), QUOTE_LENGTH)) + " _("
                + SlackReplies.escape(who) + ", " + quote.reference() + ")_";
    }

    private static String signal(Finding.SurveySignal signal) {
        if (signal == null) {
            return "A survey figure that stands out.";
        }
        String text = signal.agreePercent() + "% agree with “" + SlackReplies.escape(signal.question()) + "” (" + signal.questionReference()
                + ", n=" + signal.respondents() + ", " + MONTH.format(signal.surveyDate()) + ")";
        Finding.Previous previous = signal.previous();
        if (previous != null) {
            text += (signal.fell() ? ", down from " : ", against ") + previous.agreePercent() + "% (" + previous.questionReference() + ", n="
                    + previous.respondents() + ", " + MONTH.format(previous.surveyDate()) + ")";
        }
        return text + ".";
    }

    static String proposal(ProposedAction proposal) {
        String steps = proposal.steps().isEmpty() ? "" : "\n_Steps:_ " + SlackReplies.escape(String.join("; ", proposal.steps()));
        return ":bulb: *" + proposal.reference() + "* _proposed:_ " + SlackReplies.escape(proposal.action()) + steps
                + "\n_Owner:_ " + SlackReplies.escape(proposal.owner()) + " · " + day(proposal.startsOn()) + " → " + day(proposal.deadline())
                + "\n_Success:_ " + SlackReplies.escape(proposal.successMeasure())
                + "\n_Why:_ " + SlackReplies.escape(proposal.why());
    }

    private static String decided(List<FindingReview> decided) {
        return "Decided: " + decided.stream().map(f -> {
            Finding finding = f.finding();
            String actions = String.join(", ", finding.actionReferences());
            return switch (finding.status()) {
                case ACCEPTED -> ":white_check_mark: " + finding.reference() + " → " + actions;
                case COVERED -> ":ballot_box_with_check: " + finding.reference() + " already answered by " + actions;
                case DISMISSED -> ":heavy_multiplication_x: " + finding.reference() + " dismissed: _"
                        + SlackReplies.escape(SlackReplies.truncate(finding.dismissalReason() == null ? "" : finding.dismissalReason(), 120)) + "_";
                case OPEN -> finding.reference();
            };
        }).collect(Collectors.joining(" · "));
    }

    private static String day(LocalDate date) {
        return date == null ? "" : DateMarkup.day(date);
    }
}
