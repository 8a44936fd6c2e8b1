package org.techvoice.findings.slack;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.techvoice.draft.document.MatchCorrection;
import org.techvoice.draft.document.MatchCorrection.Mechanism;
import org.techvoice.draft.document.MatchCorrectionRefused;
import org.techvoice.draft.document.MatchCorrections;
import org.techvoice.slack.SlackReplies;
import org.techvoice.themes.ThemeCatalogue;

/**
 * {@code /tc plan wrong <activity> <evidence>} and {@code /tc plan undo <activity> <evidence>}: the lead marks a match
 * of the draft's Appendix A gap analysis as not showing the activity, or takes the mark back; {@code /tc plan wrong}
 * alone lists the marks. The words of every answer are here; the domain ({@link MatchCorrections}) checks and keeps.
 */
@Component
class GapMatchCommands {

    static final String WRONG = "wrong";
    static final String UNDO = "undo";
    /** As many marks as fit one message's section (3,000 characters) whole, rather than a list cut mid-line. */
    static final int MARKS_LISTED = 12;

    static final String USAGE = "Mark a match of the draft's gap analysis (Appendix A) that is wrong: `/tc plan wrong VIS-9 C-12` "
            + "(this evidence does not show this activity). Undo it with `/tc plan undo VIS-9 C-12`. The evidence is a "
            + "contribution (C-12), an achievement (A-3), an action (TC-01), or `celebrations`, `channel` or `profile`, as the "
            + "appendix shows them; `/tc plan wrong` lists your marks.";

    private final MatchCorrections corrections;
    private final ThemeCatalogue catalogue;

    GapMatchCommands(MatchCorrections corrections, ThemeCatalogue catalogue) {
        this.corrections = corrections;
        this.catalogue = catalogue;
    }

    static boolean handles(String firstWord) {
        return WRONG.equalsIgnoreCase(firstWord) || UNDO.equalsIgnoreCase(firstWord);
    }

    /** @param words the argument's words, the first being {@code wrong} or {@code undo} */
    String answer(String teamId, String userId, List<String> words) {
        boolean undo = UNDO.equalsIgnoreCase(words.get(0));
        if (words.size() == 1 && !undo) {
            return marks(teamId);
        }
        if (words.size() != 3) {
            return ":grey_question: " + USAGE;
        }
        String activity = words.get(1);
        String evidence = words.get(2);
        try {
            MatchCorrections.Outcome outcome = undo ? corrections.undo(teamId, userId, activity, evidence)
                    : corrections.markWrong(teamId, userId, activity, evidence);
            String id = activity.strip().toUpperCase(Locale.ROOT);
            String shown = shown(evidence);
            String named = "*" + id + "* (" + activityText(id) + ")";
            return switch (outcome) {
                case MARKED -> ":white_check_mark: Marked: " + shown + " does not show " + named + ". The next draft and "
                        + "`/tc plan` leave this match out. To take it back: `/tc plan undo " + id + " " + plain(evidence) + "`.";
                case ALREADY_MARKED -> ":information_source: You already marked that " + shown + " does not show " + named
                        + ": the draft leaves it out. `/tc plan wrong` lists your marks.";
                case UNDONE -> ":leftwards_arrow_with_hook: Undone: the next draft counts " + shown + " for " + named
                        + " again, if it still shows it.";
                case NOT_MARKED -> ":information_source: " + shown + " is not marked as wrong for " + named
                        + ", so there is nothing to undo. `/tc plan wrong` lists your marks.";
            };
        } catch (MatchCorrectionRefused refused) {
            String value = "\"" + SlackReplies.escape(SlackReplies.truncate(refused.value(), 40)) + "\"";
            return switch (refused.reason()) {
                case UNKNOWN_ACTIVITY -> ":grey_question: I don't know the activity " + value + ". Appendix A's activities are "
                        + "VIS-1 to VIS-9, REC-1 to REC-5, CAR-1 to CAR-4 and SUS-1 to SUS-4, as the draft's gap analysis lists them.";
                case UNKNOWN_EVIDENCE -> ":grey_question: Nothing in this workspace has the reference " + value + ". Use a "
                        + "contribution (C-12), an achievement (A-3) or an action (TC-01) of this workspace, or `celebrations`, "
                        + "`channel` or `profile`, as the draft's gap analysis shows them.";
                case VOICE_ENTRY -> ":information_source: " + value + " is a voice entry: what technicians say is a view, never "
                        + "counted as evidence of an activity, so there is no match to mark.";
            };
        }
    }

    private String marks(String teamId) {
        List<MatchCorrection> marks = corrections.list(teamId);
        if (marks.isEmpty()) {
            return ":information_source: No match of the gap analysis is marked wrong. " + USAGE;
        }
        String lines = marks.stream().limit(MARKS_LISTED).map(m -> "• " + shown(m.evidence()) + " does not show *" + m.activityId()
                + "* (" + activityText(m.activityId()) + ") · undo: `/tc plan undo " + m.activityId() + " " + m.evidence() + "`")
                .collect(Collectors.joining("\n"));
        String more = marks.size() > MARKS_LISTED ? "\n…and " + (marks.size() - MARKS_LISTED) + " more (the list runs by activity)." : "";
        return "*Matches you marked wrong* (the draft leaves them out):\n" + lines + more;
    }

    private String activityText(String id) {
        return catalogue.activity(id).map(a -> SlackReplies.escape(SlackReplies.truncate(a.text(), 80))).orElse(id);
    }

    private static String shown(String evidence) {
        return Mechanism.byKey(evidence).map(mechanism -> switch (mechanism) {
            case CELEBRATIONS -> "TechVoice's celebrations";
            case CHANNEL -> "TechVoice's network channel";
            case PROFILE -> "the organisation profile";
        }).orElseGet(() -> "*" + SlackReplies.escape(plain(evidence)) + "*");
    }

    /** The evidence as the appendix and the domain write it: a mechanism's key, or a reference in upper case. */
    private static String plain(String evidence) {
        return Mechanism.byKey(evidence).map(Mechanism::key).orElseGet(() -> evidence.strip().toUpperCase(Locale.ROOT));
    }
}
