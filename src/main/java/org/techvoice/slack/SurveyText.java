package org.techvoice.slack;

/** Echoing back what someone typed, safely and briefly. */
final class SurveyText {

    private SurveyText() {
    }

    static String shown(String typed) {
        return SlackReplies.escape(SlackReplies.truncate(typed.replace("`", "'"), 30));
    }
}
