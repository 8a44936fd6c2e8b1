package org.techvoice.draft.slack;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.techvoice.draft.document.SubmissionRecorder;
import org.techvoice.draft.submission.Submission;
import org.techvoice.draft.submission.SubmissionService;
import org.techvoice.slack.Counted;
import org.techvoice.slack.DateMarkup;
import org.techvoice.slack.ModalOpener;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.TcSubcommand;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/**
 * {@code /tc submission record [YYYY-MM-DD]} keeps the self-assessment as submitted (its figures and the plan as it stands),
 * {@code /tc submission add} records an earlier one by hand, {@code /tc submission list} shows what is recorded.
 */
@Component
class SubmissionSubcommand implements TcSubcommand {

    private final SubmissionRecorder recorder;
    private final SubmissionService submissions;
    private final LeadAccess access;
    private final Clock clock;

    SubmissionSubcommand(SubmissionRecorder recorder, SubmissionService submissions, LeadAccess access, Clock clock) {
        this.recorder = recorder;
        this.submissions = submissions;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "submission";
    }

    @Override
    public String usage() {
        return "record [YYYY-MM-DD] | add | list";
    }

    @Override
    public String summary() {
        return "Leads: record the self-assessment you submitted (its figures and plan as they stand), add an earlier one by hand, "
                + "or list them. A Stage 2 or 3 draft reflects on the last one.";
    }

    @Override
    public String example() {
        return "submission record 2026-01-31";
    }

    @Override
    public int helpOrder() {
        return 530;
    }

    @Override
    public Audience audience() {
        return Audience.LEADS;
    }

    @Override
    public Response handle(String argument, SlashCommandRequest request, SlashCommandContext context) throws Exception {
        var payload = request.getPayload();
        String teamId = payload.getTeamId();
        String userId = payload.getUserId();
        if (!access.isLead(teamId, userId)) {
            return context.ack(SlackReplies.ephemeral(access.refusal(teamId, "record submissions")));
        }
        String[] words = argument.strip().split("\\s+", 2);
        String verb = words[0].toLowerCase(Locale.ROOT);
        String rest = words.length > 1 ? words[1].strip() : "";
        return switch (verb) {
            case "record" -> record(teamId, userId, rest, payload.getTriggerId(), context);
            case "add" -> ModalOpener.openForCommand(context, payload.getTriggerId(), SubmissionModal.open(LocalDate.now(clock)),
                    "/tc submission add");
            case "list" -> context.ack(SlackReplies.ephemeral(list(teamId)));
            default -> context.ack(SlackReplies.ephemeral("Use `/tc submission record 2026-01-31` for the self-assessment you submitted "
                    + "on that day (today if you give no date), `/tc submission add` for an earlier one, or `/tc submission list`."));
        };
    }

    private Response record(String teamId, String userId, String dateText, String triggerId, SlashCommandContext context) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on;
        try {
            on = dateText.isEmpty() ? today : LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            return context.ack(SlackReplies.ephemeral(":calendar: I can't read \"" + SlackReplies.escape(SlackReplies.truncate(dateText, 40))
                    + "\" as a date. Use the form YYYY-MM-DD, e.g. `/tc submission record " + today + "`."));
        }
        if (on.isAfter(today)) {
            return context.ack(SlackReplies.ephemeral(":calendar: " + on + " is in the future: record a submission on or after the day you send it."));
        }
        String requestId = triggerId != null ? triggerId : teamId + ":" + userId + ":" + clock.millis();
        recorder.request(teamId, userId, on, requestId);
        return context.ack(SlackReplies.ephemeral(":inbox_tray: Recording your submission of " + on + ": I'm reading its figures and "
                + "keeping the plan as it stands. I'll confirm by DM in a minute."));
    }

    private String list(String teamId) {
        List<Submission> all = submissions.all(teamId);
        if (all.isEmpty()) {
            return ":card_index: No submissions recorded yet. After you submit, use `/tc submission record`; for an earlier one, "
                    + "`/tc submission add`.";
        }
        return ":card_index: *Recorded submissions*\n" + all.stream().map(s -> "• Stage " + s.stage() + ", submitted " + DateMarkup.day(s.submittedOn())
                + " (" + (s.source() == Submission.Source.DRAFT ? "figures and plan kept" : "typed in: plan only") + "), "
                + Counted.of(s.actions().size(), "action") + ", " + s.planMonths() + "-month plan").collect(Collectors.joining("\n"));
    }
}
