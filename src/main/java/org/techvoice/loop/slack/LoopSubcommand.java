package org.techvoice.loop.slack;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;
import org.techvoice.loop.LoopAdmin;
import org.techvoice.loop.LoopSettings;
import org.techvoice.loop.LoopSettings.DigestFrequency;
import org.techvoice.loop.LoopSettings.ResultsAudience;
import org.techvoice.people.slack.RoleRefusals;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.TcSubcommand;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/**
 * {@code /tc loop}: what TechVoice shares back with the network, and the admin's switches for it. Anyone may look;
 * only admins change.
 */
@Component
class LoopSubcommand implements TcSubcommand {

    static final String USAGE = """
            *Switches (admins):*
            • `/tc loop posts on|off`: "you said, we did" posts when an action from technicians moves (one a day at most)
            • `/tc loop digest weekly|fortnightly|monthly|off`: the network's digest
            • `/tc loop results channel|asked|off`: a closed survey's results shared in the network channel, or by DM to each person asked
            • `/tc loop leads on|off`: the leads' monthly DM
            • `/tc loop zone Europe/London`: the time zone posts are timed in (working days and hours)""";

    private static final Map<String, DigestFrequency> DIGEST = Map.of("weekly", DigestFrequency.WEEKLY,
            "fortnightly", DigestFrequency.FORTNIGHTLY, "monthly", DigestFrequency.MONTHLY, "off", DigestFrequency.OFF);
    private static final Map<String, ResultsAudience> RESULTS = Map.of("channel", ResultsAudience.CHANNEL,
            "asked", ResultsAudience.ASKED, "dm", ResultsAudience.ASKED, "off", ResultsAudience.OFF);

    private final LoopAdmin admin;

    LoopSubcommand(LoopAdmin admin) {
        this.admin = admin;
    }

    @Override
    public String name() {
        return "loop";
    }

    @Override
    public String usage() {
        return "[posts|digest|results|leads|zone <value>]";
    }

    @Override
    public String summary() {
        return "What TechVoice shares back with the network (\"you said, we did\", the digest, survey results); admins switch each.";
    }

    @Override
    public String example() {
        return "loop digest fortnightly";
    }

    @Override
    public int helpOrder() {
        return 85;
    }

    @Override
    public Response handle(String argument, SlashCommandRequest request, SlashCommandContext context) {
        var payload = request.getPayload();
        String[] words = argument.strip().split("\\s+", 2);
        String what = words[0].toLowerCase(Locale.ROOT);
        String value = words.length > 1 ? words[1].strip() : "";
        if (what.isEmpty()) {
            return context.ack(SlackReplies.ephemeral(describe(admin.settings(payload.getTeamId())) + "\n\n" + USAGE));
        }
        Optional<UnaryOperator<LoopSettings>> change = change(what, value);
        if (change.isEmpty()) {
            String shown = SlackReplies.escape(SlackReplies.truncate(value, 60));
            return context.ack(SlackReplies.ephemeral(":thinking_face: " + hint(what, shown).orElse("I did not understand `"
                    + SlackReplies.escape(SlackReplies.truncate(argument, 80)) + "`.\n" + USAGE)));
        }
        LoopAdmin.Updated updated = admin.update(payload.getTeamId(), payload.getUserId(), change.get(), what + " " + value.toLowerCase(Locale.ROOT));
        if (updated instanceof LoopAdmin.AdminsOnly refused) {
            return context.ack(SlackReplies.ephemeral(":lock: " + RoleRefusals.text(refused.whoCan(), "change what TechVoice shares back")));
        }
        return context.ack(SlackReplies.ephemeral(":white_check_mark: Saved.\n" + describe(((LoopAdmin.Saved) updated).settings())));
    }

    private static Optional<UnaryOperator<LoopSettings>> change(String what, String typed) {
        String value = typed.toLowerCase(Locale.ROOT);
        return switch (what) {
            case "posts" -> onOff(value).map(on -> s -> new LoopSettings(on, s.digest(), s.results(), s.leadReports(), s.zone(), s.zoneChosen()));
            case "leads" -> onOff(value).map(on -> s -> new LoopSettings(s.saidDidPosts(), s.digest(), s.results(), on, s.zone(), s.zoneChosen()));
            case "digest" -> Optional.ofNullable(DIGEST.get(value))
                    .map(d -> s -> new LoopSettings(s.saidDidPosts(), d, s.results(), s.leadReports(), s.zone(), s.zoneChosen()));
            case "results" -> Optional.ofNullable(RESULTS.get(value))
                    .map(r -> s -> new LoopSettings(s.saidDidPosts(), s.digest(), r, s.leadReports(), s.zone(), s.zoneChosen()));
            case "zone" -> zone(typed).map(z -> s -> new LoopSettings(s.saidDidPosts(), s.digest(), s.results(), s.leadReports(), z, true));
            default -> Optional.empty();
        };
    }

    /** For a switch TechVoice knows, given a value it does not: the values that switch takes. */
    private static Optional<String> hint(String what, String shown) {
        String given = shown.isEmpty() ? "Say" : "I did not understand `" + shown + "`: say";
        return Optional.ofNullable(switch (what) {
            case "posts", "leads" -> given + " `on` or `off`, e.g. `/tc loop " + what + " on`.";
            case "digest" -> given + " how often: `weekly`, `fortnightly`, `monthly` or `off`, e.g. `/tc loop digest fortnightly`.";
            case "results" -> given + " `channel` (shared in the network channel), `asked` (by DM to each person asked) or `off`.";
            case "zone" -> (shown.isEmpty() ? "Say which time zone" : "I don't know the time zone `" + shown + "`")
                    + ": give a region name such as `Europe/London` or `Europe/Dublin` (an offset such as +01:00 would ignore summer time).";
            default -> null;
        });
    }

    private static Optional<Boolean> onOff(String value) {
        return switch (value) {
            case "on", "yes" -> Optional.of(true);
            case "off", "no" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** A region-based zone such as Europe/London; offsets like +01:00 ignore summer time, so they are not offered. */
    private static Optional<ZoneId> zone(String typed) {
        if (!typed.contains("/")) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(typed));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }

    static String describe(LoopSettings s) {
        String results = switch (s.results()) {
            case CHANNEL -> "shared in the network channel";
            case ASKED -> "sent by DM to each person asked";
            case OFF -> "not shared";
        };
        return "*What TechVoice shares back*\n"
                + "• \"You said, we did\" posts: " + (s.saidDidPosts() ? "on" : "off") + "\n"
                + "• Digest: " + s.digest().name().toLowerCase(Locale.ROOT) + "\n"
                + "• A closed survey's results: " + results + "\n"
                + "• Leads' monthly report: " + (s.leadReports() ? "on" : "off") + "\n"
                + "• Time zone: " + s.zone().getId() + (s.zoneChosen() ? "" : " (the default)");
    }
}
