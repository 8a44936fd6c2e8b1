package org.techvoice.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.entry.EntryRejected;
import org.techvoice.entry.EntryKind;
import org.techvoice.entry.EntryText;
import org.techvoice.entry.ThemeChoice;
import org.techvoice.outbox.MessageContent;
import org.techvoice.outbox.OutboundMessage;
import org.techvoice.outbox.Outbox;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.people.WhoCan;
import org.techvoice.recognition.RecognitionMessages.ConsentAnswer;
import org.techvoice.themes.Theme;
import org.techvoice.themes.ThemeSuggester;
import org.techvoice.themes.ThemeSuggestion;
import org.techvoice.voice.EntryChange;

/**
 * Achievements: a colleague's are posted only after they approve by DM; one's own are posted at once. Posts go to
 * the network channel through the outbox, in the transaction that decided them, under keys built from the id.
 */
@Service
public class CelebrationService {

    static final Theme DEFAULT_THEME = Theme.RECOGNITION;

    private final AchievementRepository achievements;
    private final NetworkChannelRepository networkChannels;
    private final ThemeSuggester suggester;
    private final RecognitionMessages messages;
    private final Outbox outbox;
    private final RoleService roles;
    private final CelebrationEligibility eligibility;
    private final Clock clock;

    CelebrationService(AchievementRepository achievements, NetworkChannelRepository networkChannels, ThemeSuggester suggester,
            RecognitionMessages messages, Outbox outbox, RoleService roles, CelebrationEligibility eligibility, Clock clock) {
        this.achievements = achievements;
        this.networkChannels = networkChannels;
        this.suggester = suggester;
        this.messages = messages;
        this.outbox = outbox;
        this.roles = roles;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    /** What became of a new celebration. */
    public record Celebrated(AchievementView achievement, List<ThemeSuggestion> suggestions, Stage stage) {
    }

    public enum Stage {
        /** The person was asked by DM. */
        ASKED_FOR_CONSENT,
        /** Posted (handed to the outbox) in the network channel. */
        POSTED,
        /** Approved but kept until an admin sets the network channel. */
        WAITING_FOR_CHANNEL
    }

    /**
     * @throws CelebrationRefused when the person cannot be celebrated (checked first, so nothing is saved)
     * @throws EntryRejected when the text is empty or too long
     */
    @Transactional
    public Celebrated celebrate(String teamId, String celebratorId, String subjectId, String text) {
        eligibility.check(teamId, subjectId);
        String body = EntryText.clean(text, EntryKind.ACHIEVEMENT);
        List<ThemeSuggestion> suggestions = suggester.suggest(body);
        Set<Theme> themes = ThemeChoice.chosenOrSuggested(Set.of(), suggestions, DEFAULT_THEME);
        Achievement achievement = achievements.save(new Achievement(teamId, subjectId, celebratorId, body, themes,
                LocalDate.now(clock), clock.instant()));
        if (achievement.status() == Achievement.Status.AWAITING_CONSENT) {
            MessageContent ask = messages.consentRequest(achievement.view());
            outbox.enqueue(OutboundMessage.directMessage(teamId, consentKey(achievement), subjectId, ask.text(), ask.blocksJson())
                    .notifyingOnFailure(celebratorId));
            return new Celebrated(achievement.view(), suggestions, Stage.ASKED_FOR_CONSENT);
        }
        return new Celebrated(achievement.view(), suggestions, publish(achievement));
    }

    public enum Answer { POSTED, WAITING_FOR_CHANNEL, KEPT_PRIVATE, ALREADY_ANSWERED, NOT_FOUND, NOT_YOURS }

    /** The subject's answer to the consent DM. Only the subject may answer; the first answer stands. */
    @Transactional
    public Answer answer(String teamId, String userId, long achievementId, boolean approve) {
        Optional<Achievement> found = achievements.findByIdAndTeamId(achievementId, teamId);
        if (found.isEmpty()) {
            return Answer.NOT_FOUND;
        }
        Achievement achievement = found.get();
        if (!achievement.subjectUserId().equals(userId)) {
            return Answer.NOT_YOURS;
        }
        if (achievement.status() != Achievement.Status.AWAITING_CONSENT) {
            return Answer.ALREADY_ANSWERED;
        }
        achievement.answer(approve);
        MessageContent answered = messages.consentAnswered(achievement.view(), approve ? ConsentAnswer.APPROVED : ConsentAnswer.KEPT_PRIVATE);
        outbox.enqueue(OutboundMessage.update(teamId, consentKey(achievement) + ":answer", consentKey(achievement),
                answered.text(), answered.blocksJson()));
        Answer outcome = !approve ? Answer.KEPT_PRIVATE
                : publish(achievement) == Stage.POSTED ? Answer.POSTED : Answer.WAITING_FOR_CHANNEL;
        tellCelebrator(achievement, outcome);
        return outcome;
    }

    /**
     * The celebrator is told the answer either way. When it was kept private we say so, gently, rather than hide it:
     * an approved celebration appears in the network channel, so silence would say "kept private" anyway, only later
     * and less kindly; a plain, warm word that the choice was theirs, with no reason asked or given, is kinder than
     * leaving the celebrator to wonder (README, "Celebrations").
     */
    private void tellCelebrator(Achievement achievement, Answer outcome) {
        AchievementView view = achievement.view();
        if (view.celebratedBy() == null || view.own()) {
            return;
        }
        String channel = outcome == Answer.POSTED ? networkChannel(achievement.teamId()).orElse(null) : null;
        MessageContent told = messages.celebrationOutcome(view,
                outcome == Answer.KEPT_PRIVATE ? ConsentAnswer.KEPT_PRIVATE : ConsentAnswer.APPROVED, channel);
        outbox.enqueue(OutboundMessage.directMessage(achievement.teamId(), consentKey(achievement) + ":outcome",
                view.celebratedBy(), told.text(), told.blocksJson()));
    }

    /** The result of {@code /tc config network}: set, or refused with who can. */
    public sealed interface ChannelSet {

        /** @param postedNow approved celebrations that were waiting for a channel and are posted now */
        record Changed(int postedNow) implements ChannelSet {
        }

        record Refused(WhoCan whoCan) implements ChannelSet {
        }
    }

    /** Admins only. Approved celebrations that were waiting for a channel are posted now. */
    @Transactional
    public ChannelSet setNetworkChannel(String teamId, String userId, String channelId) {
        if (!roles.hasRole(teamId, userId, Role.ADMIN)) {
            return new ChannelSet.Refused(roles.whoCan(teamId, Role.ADMIN));
        }
        NetworkChannel setting = networkChannels.findById(teamId).orElseGet(() -> new NetworkChannel(teamId));
        setting.set(channelId, userId, clock.instant());
        networkChannels.save(setting);
        List<Achievement> waiting = achievements.findByTeamIdAndStatusAndPostedFalseOrderById(teamId, Achievement.Status.APPROVED);
        waiting.forEach(achievement -> post(achievement, channelId));
        return new ChannelSet.Changed(waiting.size());
    }

    /**
     * The celebrations posted in the network channel from {@code from} to the day before {@code until}, oldest first:
     * each approved by the person celebrated (or their own), so they may be shown there again.
     */
    @Transactional(readOnly = true)
    public List<AchievementView> postedBetween(String teamId, LocalDate from, LocalDate until) {
        return achievements.postedBetween(teamId, from, until).stream().map(Achievement::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<String> networkChannel(String teamId) {
        return networkChannels.findById(teamId).map(NetworkChannel::channelId);
    }

    /** The subject or the celebrator withdraws it: the row goes, and any post or pending DM says so. */
    @Transactional
    public EntryChange delete(String teamId, String userId, long achievementId) {
        Optional<Achievement> found = achievements.findByIdAndTeamId(achievementId, teamId);
        if (found.isEmpty()) {
            return EntryChange.NOT_FOUND;
        }
        if (!found.get().concerns(userId)) {
            return EntryChange.NOT_YOURS;
        }
        withdraw(found.get(), userId);
        return EntryChange.DONE;
    }

    /**
     * Text and themes; a post already made is updated to match. Only the subject may change a celebration's words
     * (see {@link Achievement#mayReword}): the celebrator of someone else gets {@link EntryChange#ONLY_THE_SUBJECT_MAY_REWORD}.
     */
    @Transactional
    public EntryChange edit(String teamId, String userId, long achievementId, String text, Set<Theme> themes) {
        String body = EntryText.clean(text, EntryKind.ACHIEVEMENT);
        ThemeChoice.required(themes);
        Optional<Achievement> found = achievements.findByIdAndTeamId(achievementId, teamId);
        if (found.isEmpty()) {
            return EntryChange.NOT_FOUND;
        }
        if (!found.get().concerns(userId)) {
            return EntryChange.NOT_YOURS;
        }
        Achievement achievement = found.get();
        if (!achievement.mayReword(userId)) {
            return EntryChange.ONLY_THE_SUBJECT_MAY_REWORD;
        }
        achievement.rewrite(body, themes);
        refreshPost(achievement);
        return EntryChange.DONE;
    }

    void withdraw(Achievement achievement) {
        withdraw(achievement, null);
    }

    /**
     * @param requesterId told by DM if the post cannot be changed to "withdrawn" (e.g. it reached Slack while
     *                    TechVoice was restarting, so where it landed is unknown): then it must be deleted by hand
     */
    void withdraw(Achievement achievement, String requesterId) {
        String teamId = achievement.teamId();
        if (achievement.posted()) {
            MessageContent withdrawn = messages.celebrationWithdrawn();
            OutboundMessage update = OutboundMessage.update(teamId, postKey(achievement) + ":withdrawn", postKey(achievement),
                    withdrawn.text(), withdrawn.blocksJson());
            outbox.enqueue(requesterId == null ? update : update.notifyingOnFailure(requesterId));
        }
        if (achievement.status() == Achievement.Status.AWAITING_CONSENT) {
            MessageContent gone = messages.consentAnswered(achievement.view(), ConsentAnswer.WITHDRAWN);
            outbox.enqueue(OutboundMessage.update(teamId, consentKey(achievement) + ":withdrawn", consentKey(achievement),
                    gone.text(), gone.blocksJson()));
        }
        achievements.delete(achievement);
    }

    /** After an edit or a forgotten celebrator; the key carries the edit count so each change is sent once. */
    void refreshPost(Achievement achievement) {
        refreshPost(achievement, null);
    }

    /** @param requesterId told by DM if the post cannot be changed (see {@link #withdraw(Achievement, String)}) */
    void refreshPost(Achievement achievement, String requesterId) {
        if (achievement.posted()) {
            MessageContent post = messages.celebrationPost(achievement.view());
            OutboundMessage update = OutboundMessage.update(achievement.teamId(), postKey(achievement) + ":edit:" + achievement.edits(),
                    postKey(achievement), post.text(), post.blocksJson());
            outbox.enqueue(requesterId == null ? update : update.notifyingOnFailure(requesterId));
        }
    }

    private Stage publish(Achievement achievement) {
        Optional<String> channel = networkChannel(achievement.teamId());
        if (channel.isPresent()) {
            post(achievement, channel.get());
            return Stage.POSTED;
        }
        tellAdminsChannelMissing(achievement.teamId());
        return Stage.WAITING_FOR_CHANNEL;
    }

    private void post(Achievement achievement, String channelId) {
        MessageContent post = messages.celebrationPost(achievement.view());
        outbox.enqueue(OutboundMessage.post(achievement.teamId(), postKey(achievement), channelId, post.text(), post.blocksJson()));
        achievement.markPosted(LocalDate.now(clock));
    }

    /** Once per admin and workspace: a reminder per celebration would teach admins to ignore the bot. */
    private void tellAdminsChannelMissing(String teamId) {
        int waiting = achievements.findByTeamIdAndStatusAndPostedFalseOrderById(teamId, Achievement.Status.APPROVED).size();
        MessageContent notice = messages.networkChannelMissing(Math.max(1, waiting));
        for (String admin : roles.namedAdmins(teamId)) {
            outbox.enqueue(OutboundMessage.directMessage(teamId, "network-channel:missing:" + admin, admin, notice.text(),
                    notice.blocksJson()));
        }
    }

    static String consentKey(Achievement achievement) {
        return "achievement:" + achievement.id() + ":consent";
    }

    static String postKey(Achievement achievement) {
        return "achievement:" + achievement.id() + ":post";
    }
}
