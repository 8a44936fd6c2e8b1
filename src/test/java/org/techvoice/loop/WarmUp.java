package org.techvoice.loop;

import org.techvoice.support.SlackJson;
import org.techvoice.support.SlackTestClient;

/**
 * The app confirms its bot token with auth.test on its first request, within 2 s; on a busy machine the first try can
 * miss that, so the tests make sure it is done before their own requests count (as PlanReviewSlackTest does).
 */
final class WarmUp {

    private WarmUp() {
    }

    static void confirmSlack(SlackTestClient slack, String team) {
        for (int i = 0; i < 5; i++) {
            try {
                if (!SlackJson.allText(slack.slashCommand(team, SaidDidTest.ADMIN, "/tc", "help").body()).contains("can't confirm")) {
                    return;
                }
            } catch (IllegalStateException timedOut) {
                // try again
            }
        }
    }
}
