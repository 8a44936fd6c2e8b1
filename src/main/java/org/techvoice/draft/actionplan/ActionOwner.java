package org.techvoice.draft.actionplan;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Slack person an action's lead field names, when it names exactly one: a mention ({@code <@U123>}, as Slack
 * sends a typed @name) or a bare user id. "Head of Technical Services" or two people name nobody to nudge.
 */
public final class ActionOwner {

    private static final Pattern PERSON = Pattern.compile("^(?:<@([UW][A-Z0-9]{2,})(?:\\|[^>]*)?>|@?([UW][A-Z0-9]{6,}))$");

    private ActionOwner() {
    }

    public static Optional<String> userId(String lead) {
        if (lead == null) {
            return Optional.empty();
        }
        Matcher matcher = PERSON.matcher(lead.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }

    /** The owner or a lead may update an action; this says whether {@code userId} is its owner. */
    public static boolean owns(ActionItem action, String userId) {
        return userId != null && userId(action.lead()).map(userId::equals).orElse(false);
    }
}
