package org.techvoice.recognition;

import java.util.List;

import org.techvoice.outbox.MessageContent;
import org.techvoice.themes.ThemeSuggestion;

/**
 * The messages recognition sends through the outbox. Implemented by the slack adapter, which alone knows
 * Block Kit; user text must come out escaped so nobody can ping the network through the bot.
 */
public interface RecognitionMessages {

    /** DM to the person celebrated: Approve / Keep private. */
    MessageContent consentRequest(AchievementView achievement);

    /** What the consent DM becomes once answered (or when the celebration was withdrawn first). */
    MessageContent consentAnswered(AchievementView achievement, ConsentAnswer answer);

    /**
     * DM to whoever celebrated a colleague, once the colleague answered.
     *
     * @param channelId where it was posted when approved; null when approved but waiting for the network channel
     *                  (and for {@link ConsentAnswer#KEPT_PRIVATE})
     */
    MessageContent celebrationOutcome(AchievementView achievement, ConsentAnswer answer, String channelId);

    /** The post in the network channel. */
    MessageContent celebrationPost(AchievementView achievement);

    /** What a celebration post becomes when withdrawn. */
    MessageContent celebrationWithdrawn();

    /** DM to an admin: celebrations wait until the network channel is set. */
    MessageContent networkChannelMissing(int waiting);

    /** DM to a message's author: may this message be logged as their contribution? */
    MessageContent evidenceRequest(EvidenceRequest request, List<ThemeSuggestion> suggestions);

    /** What that DM becomes once answered. */
    MessageContent evidenceAnswered(EvidenceRequest request, String loggedReference);

    /** DM to whoever asked, once the author answered. */
    MessageContent evidenceOutcomeForRequester(EvidenceRequest request, String loggedReference);

    enum ConsentAnswer { APPROVED, KEPT_PRIVATE, WITHDRAWN }
}
