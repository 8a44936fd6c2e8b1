package org.techvoice.surveys.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.techvoice.slack.Counted;
import org.techvoice.slack.ModalOpener;
import org.techvoice.slack.SlackExecutors;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.TcSubcommand;
import org.techvoice.slack.DateMarkup;
import org.techvoice.surveys.SurveyAdmin;
import org.techvoice.surveys.SurveyBuilder;
import org.techvoice.surveys.SurveyProblem;
import org.techvoice.surveys.SurveyWaves;
import org.techvoice.surveys.WaveRefused;
import org.techvoice.surveys.SurveyReport;
import org.techvoice.surveys.SurveyResults;
import org.techvoice.surveys.SurveySummary;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;

/** {@code /tc survey new | list | results <survey> | close <survey> | extend <survey> <days or date> | cancel <survey>}. */
@Component
class SurveySubcommand implements TcSubcommand {

    private static final Logger log = LoggerFactory.getLogger(SurveySubcommand.class);

    static final String USAGE = "`/tc survey new` builds one · `/tc survey list` · `/tc survey results S-3` · "
            + "`/tc survey close S-3` · `/tc survey extend S-3 7` (days, or a new closing date as YYYY-MM-DD) · `/tc survey cancel S-3` · "
            + "`/tc survey wave S-5 of S-3` (S-5 asks S-3 again)";

    private final SurveyBuilder builder;
    private final SurveyAdmin admin;
    private final SurveyResults results;
    private final SurveyModals modals;
    private final SurveyReportBlocks reports;
    private final Executor afterAck;
    private final SurveyWaves waves;

    SurveySubcommand(SurveyBuilder builder, SurveyAdmin admin, SurveyResults results, SurveyModals modals, SurveyReportBlocks reports,
            @Qualifier(SlackExecutors.AFTER_ACK) Executor afterAck, SurveyWaves waves) {
        this.waves = waves;
        this.builder = builder;
        this.admin = admin;
        this.results = results;
        this.modals = modals;
        this.reports = reports;
        this.afterAck = afterAck;
    }

    @Override
    public String name() {
        return "survey";
    }

    @Override
    public String usage() {
        return "new | list | results <survey> | close <survey> | extend <survey> <days> | cancel <survey> | wave <survey> of <earlier>";
    }

    @Override
    public String summary() {
        return "Leads: build a survey (from a template or blank), follow its response rate, and read its results.";
    }

    @Override
    public String example() {
        return "survey results S-3";
    }

    @Override
    public int helpOrder() {
        return 60;
    }

    @Override
    public Audience audience() {
        return Audience.LEADS;
    }

    @Override
    public Response handle(String argument, SlashCommandRequest request, SlashCommandContext context) throws Exception {
        String teamId = request.getPayload().getTeamId();
        String userId = request.getPayload().getUserId();
        String[] words = argument.strip().split("\\s+", 3);
        String action = words[0].toLowerCase(Locale.ROOT);
        String first = words.length > 1 ? words[1] : "";
        String rest = words.length > 2 ? words[2] : "";
        try {
            return switch (action) {
                case "new", "create", "build" -> openBuilder(teamId, userId, request, context);
                case "list", "ls" -> context.ack(list(admin.list(teamId, userId)));
                case "results", "result" -> context.ack(results(teamId, userId, results.resultsFor(teamId, userId, first)));
                case "close" -> context.ack(SlackReplies.ephemeral(closed(admin.close(teamId, userId, first))));
                case "cancel" -> context.ack(SlackReplies.ephemeral(cancelled(admin.cancel(teamId, userId, first))));
                case "extend" -> context.ack(SlackReplies.ephemeral(extended(admin.extend(teamId, userId, first, rest))));
                case "wave" -> context.ack(SlackReplies.ephemeral(wave(teamId, userId, first, rest)));
                case "" -> context.ack(SlackReplies.ephemeral(":clipboard: Surveys: " + USAGE));
                default -> context.ack(SlackReplies.ephemeral("I don't know `/tc survey " + SurveyText.shown(action) + "`. " + USAGE));
            };
        } catch (SurveyProblem problem) {
            return context.ack(SlackReplies.ephemeral(SurveyProblems.text(problem)));
        }
    }

    private String wave(String teamId, String userId, String typedWave, String rest) {
        String[] words = rest.strip().split("\\s+");
        if (typedWave.isBlank() || words.length != 2 || !words[0].equalsIgnoreCase("of")) {
            return "Say which survey repeats which: `/tc survey wave S-5 of S-3` marks S-5 as a new wave of the earlier S-3.";
        }
        SurveyWaves.WaveMarked marked;
        try {
            marked = waves.mark(teamId, userId, typedWave, words[1]);
        } catch (WaveRefused refused) {
            return switch (refused.reason()) {
                case SAME_SURVEY -> "A survey can't be a wave of itself. Name the earlier survey it repeats, e.g. `/tc survey wave "
                        + refused.wave() + " of S-1`.";
                case NOT_EARLIER -> refused.earlier() + " opens no earlier than " + refused.wave() + ", so " + refused.wave()
                        + " can't be a new wave of it. Did you mean `/tc survey wave " + refused.earlier() + " of " + refused.wave() + "`?";
            };
        }
        return ":repeat: *" + marked.wave() + "* is now a new wave of *" + marked.earlier() + "*: " + marked.questionsShared() + " of its "
                + Counted.of(marked.questions(), "question") + (marked.questionsShared() == 1 ? " is" : " are") + " the same as " + marked.earlier() + "'s, and the draft's progress since the "
                + "last submission compares them.";
    }

    private Response openBuilder(String teamId, String userId, SlashCommandRequest request, SlashCommandContext context) throws Exception {
        builder.requireBuilder(teamId, userId);
        return ModalOpener.openForCommand(context, request.getPayload().getTriggerId(), modals.builder(), "/tc survey new");
    }

    /** "closes …" while it can still be answered; "closed …" once it cannot; nothing for a cancelled one. */
    static String closing(SurveySummary survey) {
        return switch (survey.status()) {
            case CLOSED -> "closed " + DateMarkup.of(survey.closesAt());
            case CANCELLED -> "never opened";
            default -> "closes " + DateMarkup.of(survey.closesAt());
        };
    }

    private static com.slack.api.app_backend.slash_commands.response.SlashCommandResponse list(List<SurveySummary> surveys) {
        if (surveys.isEmpty()) {
            return SlackReplies.ephemeral(":clipboard: No surveys yet. Start one with `/tc survey new`: the "
                    + "\"Technician voice baseline\" template covers the four themes.");
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(":clipboard: *Surveys* (newest first)"))));
        for (SurveySummary s : surveys) {
            blocks.add(section(x -> x.text(markdownText("*" + s.reference() + "* " + SlackReplies.escape(s.title()) + "\n"
                    + s.status().label() + " · " + SurveyReportBlocks.answered(s) + " · " + closing(s)))));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(USAGE)))));
        return SlackReplies.ephemeral("Surveys: " + surveys.size(), blocks);
    }

    private com.slack.api.app_backend.slash_commands.response.SlashCommandResponse results(String teamId, String userId,
            SurveyReport report) {
        List<LayoutBlock> blocks = new ArrayList<>(reports.blocks(report));
        if (report.questions().stream().anyMatch(q -> !q.suppressed() && q.counts().size() > 0)) {
            afterAck.execute(() -> sendChart(teamId, userId, report));
            blocks.add(context(c -> c.elements(List.of(markdownText(":bar_chart: The chart is on its way to your DMs.")))));
        }
        return SlackReplies.ephemeral(reports.fallback(report), blocks);
    }

    private void sendChart(String teamId, String userId, SurveyReport report) {
        try {
            results.sendChart(teamId, userId, report);
        } catch (RuntimeException e) {
            log.warn("Results chart for survey {} of team {} could not be queued: {}", report.survey().id(), teamId, e.getMessage());
        }
    }

    private static String closed(SurveyAdmin.Changed survey) {
        return ":lock: " + survey.reference() + " is closed. Its lead <@" + survey.leadUserId() + "> gets the summary in a DM.";
    }

    private static String cancelled(SurveyAdmin.Changed survey) {
        return ":no_entry_sign: " + survey.reference() + " is cancelled: no more DMs or reminders go out and no more answers are taken.";
    }

    private static String extended(SurveyAdmin.Changed survey) {
        return ":hourglass_flowing_sand: " + survey.reference() + " now closes " + DateMarkup.of(survey.closesAt()) + ".";
    }
}
