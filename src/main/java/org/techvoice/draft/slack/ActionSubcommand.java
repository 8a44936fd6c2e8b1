package org.techvoice.draft.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionNudges;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.actionplan.ProgressUpdate;
import org.techvoice.draft.actionplan.Trajectory;
import org.techvoice.draft.profile.ProfileService;
import org.techvoice.slack.Counted;
import org.techvoice.slack.DateMarkup;
import org.techvoice.slack.ModalOpener;
import org.techvoice.slack.SlackMentions;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.TcSubcommand;
import org.techvoice.themes.Theme;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;

/** {@code /tc action add} opens the form; {@code /tc action list} shows the plan with an Update button per action. */
@Component
class ActionSubcommand implements TcSubcommand {

    static final String UPDATE_ACTION_ID = "tc_action_update_open";
    /** header, context and "more" leave this many blocks of Slack's 50 for actions */
    static final int LISTED = SlackReplies.MESSAGE_BLOCK_LIMIT - 3;

    private final ActionPlanService actionPlan;
    private final ProfileService profiles;
    private final LeadAccess access;
    private final ActionNudges nudges;

    ActionSubcommand(ActionPlanService actionPlan, ProfileService profiles, LeadAccess access, ActionNudges nudges) {
        this.actionPlan = actionPlan;
        this.nudges = nudges;
        this.profiles = profiles;
        this.access = access;
    }

    @Override
    public String name() {
        return "action";
    }

    @Override
    public String usage() {
        return "add | list | nudges on|off";
    }

    @Override
    public String summary() {
        return "Leads: add an action to the action plan, or list the plan with each action's progress and update it.";
    }

    @Override
    public String example() {
        return "action list";
    }

    @Override
    public int helpOrder() {
        return 520;
    }

    @Override
    public Audience audience() {
        return Audience.LEADS;
    }

    @Override
    public Response handle(String argument, SlashCommandRequest request, SlashCommandContext context) throws Exception {
        var payload = request.getPayload();
        String teamId = payload.getTeamId();
        if (!access.isLead(teamId, payload.getUserId())) {
            return context.ack(SlackReplies.ephemeral(access.refusal(teamId, "manage the action plan")));
        }
        String verb = argument.toLowerCase(Locale.ROOT).strip();
        if (verb.equals("add")) {
            return ModalOpener.openForCommand(context, payload.getTriggerId(), ActionModals.add(), "/tc action add");
        }
        if (verb.equals("list")) {
            return context.ack(list(teamId));
        }
        if (verb.equals("nudges") || verb.startsWith("nudges ")) {
            return context.ack(SlackReplies.ephemeral(nudges(teamId, verb.substring("nudges".length()).strip())));
        }
        return context.ack(SlackReplies.ephemeral("Use `/tc action add` to add an action to the plan, `/tc action list` to see the plan "
                + "and update an action's status, or `/tc action nudges on|off` to switch the owners' monthly reminders."));
    }

    private String nudges(String teamId, String choice) {
        switch (choice) {
            case "on" -> nudges.setEnabled(teamId, true);
            case "off" -> nudges.setEnabled(teamId, false);
            case "" -> {
                return nudges.enabled(teamId)
                        ? ":bell: Monthly reminders to action owners are *on*. `/tc action nudges off` switches them off."
                        : ":no_bell: Monthly reminders to action owners are *off*. `/tc action nudges on` switches them on.";
            }
            default -> {
                return "Use `/tc action nudges on` or `/tc action nudges off`.";
            }
        }
        return choice.equals("on")
                ? ":bell: Monthly reminders are *on*: each action whose lead is a person (an @mention) gets a DM a month after "
                        + "its last update, in that person's working hours, until it is done or dropped."
                : ":no_bell: Monthly reminders to action owners are *off* for this workspace.";
    }

    private com.slack.api.app_backend.slash_commands.response.SlashCommandResponse list(String teamId) {
        List<ActionItem> actions = actionPlan.list(teamId);
        if (actions.isEmpty()) {
            return SlackReplies.ephemeral(":clipboard: Your action plan has no actions yet. Add the first with `/tc action add`.");
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        int months = profiles.stage(teamId).planMonths();
        Map<Long, List<ProgressUpdate>> histories = actionPlan.histories(teamId);
        blocks.add(header(h -> h.text(plainText(months + "-month action plan (" + actions.size() + ")"))));
        actions.stream().limit(LISTED).forEach(action -> blocks.add(section(s -> s
                .text(markdownText(SlackReplies.truncate(line(action, Trajectory.of(histories.getOrDefault(action.id(), List.of()))),
                        SlackReplies.SECTION_TEXT_LIMIT)))
                .accessory(button(b -> b.actionId(UPDATE_ACTION_ID).value(Long.toString(action.id())).text(plainText("Update")))))));
        if (actions.size() > LISTED) {
            blocks.add(context(c -> c.elements(List.of(markdownText("…and " + (actions.size() - LISTED)
                    + " more. `/tc draft` lists every action.")))));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText("Press *Update* to record progress: its RAG status, status and a note. Every update is kept.")))));
        return SlackReplies.ephemeral("Your action plan has " + Counted.of(actions.size(), "action") + ".", blocks);
    }

    private static String line(ActionItem action, Trajectory trajectory) {
        String themes = action.themes().stream().sorted().map(Theme::displayName).collect(Collectors.joining(", "));
        String progress = trajectory.updates() == 0 ? "" : " · " + ActionModals.trajectory(trajectory)
                + " · last update " + DateMarkup.of(trajectory.lastUpdate());
        String text = "*" + action.reference() + "* " + ActionModals.emoji(action.rag()) + " " + action.rag().label() + " · "
                + action.status().label() + progress + " · " + themes
                + "\n" + SlackReplies.escape(SlackReplies.truncate(action.description(), 600))
                + "\nLead: " + SlackMentions.escapedKeepingPeople(action.lead()) + " · " + DateMarkup.day(action.startsOn()) + " → " + DateMarkup.day(action.deadline())
                + " · Evidence: " + action.evidenceReferences().size();
        return action.updateNote() == null ? text : text + "\n_Update:_ " + SlackReplies.escape(SlackReplies.truncate(action.updateNote(), 600));
    }
}
