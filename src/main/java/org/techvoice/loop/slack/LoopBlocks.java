package org.techvoice.loop.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.techvoice.draft.actionplan.ActionOrigin;
import org.techvoice.draft.actionplan.ActionStatus;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.loop.Digest;
import org.techvoice.loop.LeadReport;
import org.techvoice.loop.LoopMessage;
import org.techvoice.loop.LoopMessages;
import org.techvoice.loop.SaidDidPost;
import org.techvoice.loop.SharedResults;
import org.techvoice.slack.Counted;
import org.techvoice.slack.DateMarkup;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.UserText;
import org.techvoice.themes.slack.ThemeBlocks;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;

/** The words and Block Kit of closing the loop's posts and DMs. Every text a person typed is shown escaped. */
@Component
class LoopBlocks implements LoopMessages {

    /** Room for the header, the closing context and a divider between items, under Slack's 50 blocks. */
    static final int ITEMS_SHOWN = 20;
    /** The action ids of the App Home's buttons (recognition.slack.RecognitionHomeSection), whose listener opens the forms. */
    static final String SPEAK_UP = "home_voice";
    static final String LOG = "home_log";
    static final String CELEBRATE = "home_celebrate";

    @Override
    public LoopMessage saidDid(SaidDidPost post) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(":speech_balloon: You said, we did"))));
        blocks.add(section(s -> s.text(markdownText(post.items().size() == 1
                ? "An action that came from what technicians told us has moved on:"
                : post.items().size() + " actions that came from what technicians told us have moved on:"))));
        items(post, blocks);
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "Nobody who spoke up is named. Keep it coming: `/tc voice` (anonymous unless you choose otherwise)."
                        + " If you spoke up anonymously, `/tc voice status <your follow code>` shows what became of it.")))));
        String text = "You said, we did: " + actionCount(post) + " from what technicians told us moved on.";
        return content(text, blocks);
    }

    @Override
    public LoopMessage saidDidFromSurvey(SaidDidPost post, String surveyReference, String title) {
        String survey = title == null ? surveyReference : surveyReference + " \"" + UserText.preview(title, 150) + "\"";
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(":speech_balloon: You said, we did"))));
        blocks.add(section(s -> s.text(markdownText("You were asked in the survey " + survey + " and got its results. "
                + (post.items().size() == 1 ? "An action that came from it has moved on:"
                        : post.items().size() + " actions that came from it have moved on:")))));
        items(post, blocks);
        blocks.add(context(c -> c.elements(List.of(markdownText("Nobody who answered is named. You get this because the survey's "
                + "results were shared with each person it asked; the network channel hears it too.")))));
        String text = "You said, we did: " + actionCount(post) + " from " + surveyReference + " moved on.";
        return content(text, blocks);
    }

    /** The digest's notification line: what it holds, counted, leaving out what it has none of. */
    private static String digestLine(Digest d, String period) {
        List<String> parts = new ArrayList<>();
        if (!d.celebrations().isEmpty()) {
            parts.add(d.celebrations().size() + " celebrated");
        }
        if (!d.surveys().isEmpty()) {
            parts.add(Counted.of(d.surveys().size(), "survey") + " open");
        }
        if (!d.actions().isEmpty()) {
            parts.add(Counted.of(d.actions().size(), "action") + " moved");
        }
        String line = "The technician network this " + period;
        return parts.isEmpty() ? line + ": what technicians raised and logged." : line + ": " + String.join(", ", parts) + ".";
    }

    /** "1 action", "3 actions": the notification line of a post. */
    private static String actionCount(SaidDidPost post) {
        return Counted.of(post.items().size(), "action");
    }

    /** The post's items, each its own section, within Slack's 50 blocks. */
    private static void items(SaidDidPost post, List<LayoutBlock> blocks) {
        post.items().stream().limit(ITEMS_SHOWN).forEach(item -> {
            blocks.add(divider());
            blocks.add(section(s -> s.text(markdownText(SlackReplies.truncate(item(item, post.minimumGroupSize()), SlackReplies.SECTION_TEXT_LIMIT)))));
        });
        if (post.items().size() > ITEMS_SHOWN) {
            int more = post.items().size() - ITEMS_SHOWN;
            blocks.add(context(c -> c.elements(List.of(markdownText("…and " + more + " more in the action plan.")))));
        }
    }

    @Override
    public LoopMessage surveyResults(SharedResults r) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String title = UserText.preview(r.title(), 150);
        blocks.add(section(s -> s.text(markdownText(":bar_chart: *What you told us: " + r.surveyReference() + " \"" + title + "\"*\n"
                + (r.respondents() >= r.minimumGroupSize()
                        ? r.respondents() + " of " + r.asked() + " answered (" + r.responseRatePercent() + "%). Thank you."
                        : "Fewer than " + r.minimumGroupSize() + " answered, so no figures are shared: with so few, they could point to people. "
                                + "Thank you to everyone who did.")))));
        if (r.figuresShown()) {
            StringBuilder lines = new StringBuilder();
            r.headlines().stream().limit(15).forEach(h -> lines.append("• ").append(UserText.preview(h.question(), 200)).append(" — ")
                    .append(headline(h)).append("\n"));
            blocks.add(section(s -> s.text(markdownText(SlackReplies.truncate(lines.toString().strip(), SlackReplies.SECTION_TEXT_LIMIT)))));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText("Figures are shown only for questions at least " + r.minimumGroupSize()
                + " people answered; comments go to the TechVoice lead, never here. Actions that come from this survey will "
                + "appear in \"you said, we did\".")))));
        String text = "Results of " + r.surveyReference() + " \"" + title + "\": " + r.respondents() + " of " + r.asked() + " answered.";
        return content(text, blocks);
    }

    @Override
    public LoopMessage digest(Digest d) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String period = switch (d.frequency()) {
            case FORTNIGHTLY -> "fortnight";
            case MONTHLY -> "month";
            default -> "week";
        };
        blocks.add(header(h -> h.text(plainText(":newspaper: The technician network this " + period))));
        blocks.add(context(c -> c.elements(List.of(markdownText(DateMarkup.day(d.from()) + " to " + DateMarkup.day(d.until().minusDays(1)))))));
        if (!d.celebrations().isEmpty()) {
            StringBuilder text = new StringBuilder(":tada: *Celebrated*");
            d.celebrations().forEach(c -> text.append("\n• <@").append(c.subjectUserId()).append("> ").append(UserText.preview(c.text(), 160)));
            blocks.add(section(s -> s.text(markdownText(SlackReplies.truncate(text.toString(), SlackReplies.SECTION_TEXT_LIMIT)))));
        }
        if (!d.entriesPerTheme().isEmpty() || !d.quieterThemes().isEmpty()) {
            StringBuilder text = new StringBuilder(":speech_balloon: *What technicians raised and logged, by theme*");
            d.entriesPerTheme().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> text.append("\n• ").append(e.getKey().displayName()).append(": ").append(e.getValue()));
            d.quieterThemes().stream().sorted().forEach(t -> text.append("\n• ").append(t.displayName())
                    .append(": fewer than ").append(d.minimumGroupSize()));
            blocks.add(section(s -> s.text(markdownText(text.toString()))));
        }
        if (!d.surveys().isEmpty()) {
            StringBuilder text = new StringBuilder(":ballot_box_with_ballot: *Surveys open now*");
            d.surveys().forEach(s -> text.append("\n• ").append(s.reference()).append(" ").append(UserText.preview(s.title(), 120))
                    .append(": ").append(s.respondentsStep() > 0 && s.respondents() == 0 ? "fewer than " + s.respondentsStep() + " answers so far"
                            : (s.respondentsStep() > 0 ? "at least " : "") + s.responseRatePercent() + "% of " + s.asked() + " answered so far")
                    .append(" · closes ").append(DateMarkup.of(s.closesAt())));
            blocks.add(section(s -> s.text(markdownText(SlackReplies.truncate(text.toString(), SlackReplies.SECTION_TEXT_LIMIT)))));
        }
        if (!d.actions().isEmpty()) {
            StringBuilder text = new StringBuilder(":white_check_mark: *Actions that moved*");
            d.actions().stream().limit(ITEMS_SHOWN).forEach(a -> text.append("\n• *").append(a.reference()).append("* ")
                    .append(UserText.preview(a.description(), 160)).append(" · ")
                    .append(a.change() == SaidDidPost.Change.ACCEPTED ? "new in the plan" : "now " + status(a.rag(), a.status())));
            blocks.add(section(s -> s.text(markdownText(SlackReplies.truncate(text.toString(), SlackReplies.SECTION_TEXT_LIMIT)))));
        }
        blocks.add(divider());
        // the App Home's buttons: their listeners open the same forms wherever the button is pressed
        blocks.add(actions(a -> a.blockId("loop_digest_actions").elements(List.of(
                button(b -> b.actionId(SPEAK_UP).text(plainText("Speak up")).value("voice")),
                button(b -> b.actionId(LOG).text(plainText("Log a contribution")).value("log")),
                button(b -> b.actionId(CELEBRATE).text(plainText("Celebrate someone")).value("celebrate"))))));
        return content(digestLine(d, period), blocks);
    }

    @Override
    public LoopMessage leadReport(LeadReport r) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(":clipboard: Your monthly TechVoice report"))));
        blocks.add(context(c -> c.elements(List.of(markdownText("Since " + DateMarkup.day(r.since()) + ". Switch it off with `/tc loop leads off` (admins).")))));
        if (!r.newFindings().isEmpty() || r.proposalsWaiting() > 0) {
            StringBuilder text = new StringBuilder(":mag: *To review* (`/tc plan`)");
            r.newFindings().stream().limit(ITEMS_SHOWN).forEach(f -> text.append("\n• ").append(UserText.preview(f.title(), 160))
                    .append(" (").append(f.theme().displayName()).append(", ").append(f.reference()).append("): ")
                    .append(f.countShown() ? f.entries() + " remarks" : "fewer than " + r.minimumGroupSize() + " remarks"));
            if (r.proposalsWaiting() > 0) {
                text.append("\n").append(r.proposalsWaiting()).append(r.proposalsWaiting() == 1 ? " proposed action awaits" : " proposed actions await")
                        .append(" your decision.");
            }
            blocks.add(section(s -> s.text(markdownText(SlackReplies.truncate(text.toString(), SlackReplies.SECTION_TEXT_LIMIT)))));
        }
        if (!r.overdue().isEmpty() || !r.stale().isEmpty()) {
            StringBuilder text = new StringBuilder(":hourglass: *The plan* (`/tc action list` to update)");
            r.overdue().stream().limit(ITEMS_SHOWN).forEach(a -> text.append("\n• *").append(a.reference()).append("* ")
                    .append(UserText.preview(a.description(), 140)).append(" · overdue since ").append(DateMarkup.day(a.deadline())));
            r.stale().stream().limit(ITEMS_SHOWN).forEach(a -> text.append("\n• *").append(a.reference()).append("* ")
                    .append(UserText.preview(a.description(), 140)).append(" · no update for two months (").append(a.rag().label()).append(")"));
            blocks.add(section(s -> s.text(markdownText(SlackReplies.truncate(text.toString(), SlackReplies.SECTION_TEXT_LIMIT)))));
        }
        if (!r.surveys().isEmpty()) {
            StringBuilder text = new StringBuilder(":ballot_box_with_ballot: *Survey participation*");
            r.surveys().forEach(s -> text.append("\n• ").append(s.reference()).append(" ").append(UserText.preview(s.title(), 100))
                    .append(": ").append(s.respondentsStep() > 0 ? "at least " : "").append(s.respondents()).append(" of ").append(s.asked())
                    .append(" (").append(s.responseRatePercent()).append("%)").append(s.open() ? ", still open" : ""));
            blocks.add(section(s -> s.text(markdownText(SlackReplies.truncate(text.toString(), SlackReplies.SECTION_TEXT_LIMIT)))));
        }
        String text = "Your monthly TechVoice report: " + r.newFindings().size() + " new findings, " + r.proposalsWaiting()
                + " proposals awaiting review, " + r.overdue().size() + " overdue actions.";
        return content(text, blocks);
    }

    private static String headline(SharedResults.Headline h) {
        if (h.agreePercent() != null) {
            return "*" + h.agreePercent() + "%* agreed" + (h.mean() == null ? "" : " (average " + h.mean() + " of 5)") + ", " + h.respondents() + " answered";
        }
        if (h.topChoice() != null) {
            return "most chose _" + UserText.preview(h.topChoice(), 80) + "_ (" + h.topPercent() + "%), " + h.respondents() + " answered";
        }
        return Counted.of(h.comments(), "comment") + " for the lead to read";
    }

    static String item(SaidDidPost.Item item, int minimumGroupSize) {
        StringBuilder text = new StringBuilder();
        text.append("*").append(ThemeBlocks.names(item.themes())).append("* · ").append(change(item.change())).append("\n");
        text.append("*You said:* ").append(said(item, minimumGroupSize)).append("\n");
        text.append("*We are doing:* ").append(UserText.preview(item.description(), 600)).append("\n");
        String lead = item.lead() == null || item.lead().isBlank() ? "the technical lead" : UserText.previewKeepingPeople(item.lead(), 120);
        text.append("*Who:* ").append(lead);
        if (item.deadline() != null) {
            text.append(" · *By:* ").append(DateMarkup.month(item.deadline()));
        }
        text.append(" · *Status:* ").append(status(item.rag(), item.status()));
        text.append(" · ").append(item.reference());
        return text.toString();
    }

    /** Done or dropped says all; otherwise the RAG rating and how far it has gone. */
    static String status(Rag rag, ActionStatus status) {
        if (status.closed()) {
            return status.label().toLowerCase(Locale.ROOT);
        }
        return rag.label() + (status == ActionStatus.NOT_STARTED ? "" : ", " + status.label().toLowerCase(Locale.ROOT));
    }

    private static String change(SaidDidPost.Change change) {
        return switch (change) {
            case ACCEPTED -> ":white_check_mark: now in the action plan";
            case STATUS_CHANGED -> ":arrows_counterclockwise: progress update";
            case COMPLETED -> ":tada: completed";
        };
    }

    /** A count and a neutral title; below the minimum group size only "fewer than N"; never a quote or a department. */
    static String said(SaidDidPost.Item item, int minimumGroupSize) {
        if (item.raised().isEmpty()) {
            return item.origin() == ActionOrigin.SURVEY ? "it came from a survey." : "technicians raised it through TechVoice.";
        }
        List<String> parts = new ArrayList<>();
        for (SaidDidPost.Raised raised : item.raised()) {
            String title = "_" + UserText.preview(raised.title(), 200) + "_";
            if (raised.surveySignal() != null) {
                SaidDidPost.SurveyFigure figure = raised.surveySignal();
                parts.add("in " + figure.surveyReference() + ", " + figure.agreePercent() + "% of " + figure.respondents()
                        + " who answered agreed that \"" + UserText.preview(figure.question(), 200) + "\"");
            } else if (raised.countShown()) {
                parts.add(raised.count() + " remarks about " + title);
            } else {
                parts.add("fewer than " + minimumGroupSize + " remarks about " + title);
            }
        }
        return String.join("; ", parts) + ".";
    }

    static LoopMessage content(String text, List<LayoutBlock> blocks) {
        return new LoopMessage(SlackReplies.truncate(text, SlackReplies.SECTION_TEXT_LIMIT), GsonFactory.createSnakeCase().toJson(blocks));
    }
}
