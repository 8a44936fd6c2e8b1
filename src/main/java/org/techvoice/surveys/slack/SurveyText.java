package org.techvoice.surveys.slack;

import org.techvoice.slack.SlackReplies;

/** Echoing back what someone typed, safely and briefly. */
final class SurveyText {

    private SurveyText() {
    }

    static String shown(String typed) {
        return SlackReplies.escape(SlackReplies.truncate(typed.replace("`", "'"), 30));
    }
}
