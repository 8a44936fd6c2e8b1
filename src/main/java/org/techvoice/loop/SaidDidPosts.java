package org.techvoice.loop;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.techvoice.draft.Finding;
import org.techvoice.draft.PlanFindings;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.findings.PlanReviewService;
import org.techvoice.outbox.OutboundMessage;
import org.techvoice.outbox.Outbox;
import org.techvoice.recognition.CelebrationService;
import org.techvoice.surveys.SurveyOverview;
import org.techvoice.surveys.SurveyReference;
import org.techvoice.surveys.SurveySummary;

/**
 * "You said, we did": once a day at most, in working hours, the changes of the days before are posted together in the
 * network channel. The outbox key holds the day, so a second run (or instance) the same day posts nothing more. When a
 * closed survey's results went by DM to each person it asked ({@code /tc loop results asked}), the actions that came
 * from that survey follow them there too: those people were told its results, so they hear what came of them.
 */
@Service
public class SaidDidPosts {

    private static final Logger log = LoggerFactory.getLogger(SaidDidPosts.class);

    static final String KEY_PREFIX = "loop:said-did:";

    private final PlanChanges changes;
    private final LoopSettingsStore settings;
    private final WorkspaceTime time;
    private final ActionPlanService plan;
    private final PlanReviewService reviews;
    private final CelebrationService celebrations;
    private final LoopMessages messages;
    private final Outbox outbox;
    private final SurveyOverview surveys;
    private final TransactionTemplate transactions;

    SaidDidPosts(PlanChanges changes, LoopSettingsStore settings, WorkspaceTime time, ActionPlanService plan,
            PlanReviewService reviews, CelebrationService celebrations, LoopMessages messages, Outbox outbox,
            SurveyOverview surveys, PlatformTransactionManager transactionManager) {
        this.changes = changes;
        this.settings = settings;
        this.time = time;
        this.plan = plan;
        this.reviews = reviews;
        this.celebrations = celebrations;
        this.messages = messages;
        this.outbox = outbox;
        this.surveys = surveys;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Every workspace with changes waiting. */
    public void postDue() {
        for (String teamId : changes.teamsWaiting()) {
            try {
                postDue(teamId);
            } catch (RuntimeException e) {
                // one workspace's trouble (a finding that will not compute, a bad row) must not hold back the others
                log.warn("Loop: {} skipped {} this run: {}", "SaidDidPosts", teamId, e.getMessage());
            }
        }
    }

    /**
     * Posts the changes made before today, when it is working time in the workspace and the network channel is set;
     * otherwise they wait. Switched off, they are dropped.
     *
     * @return the post queued, if any
     */
    public Optional<SaidDidPost> postDue(String teamId) {
        return post(teamId, false);
    }

    /**
     * Posts every change waiting, today's too, whatever the hour: for the playground, which shows a day's post at once
     * rather than the next working morning. Still at most one post a day (the key holds the day).
     */
    public Optional<SaidDidPost> postWaitingNow(String teamId) {
        return post(teamId, true);
    }

    private Optional<SaidDidPost> post(String teamId, boolean now) {
        LoopSettings switches = settings.settings(teamId);
        if (!switches.saidDidPosts()) {
            changes.markAllPosted(teamId);
            return Optional.empty();
        }
        ZonedDateTime local = time.now(switches.zone());
        LocalDate today = local.toLocalDate();
        Optional<String> channel = celebrations.networkChannel(teamId);
        if (!now && !time.working(local) || channel.isEmpty()) {
            return Optional.empty();
        }
        LocalDate before = now ? today.plusDays(1) : today;
        List<PlanChange> waiting = changes.waitingBefore(teamId, before);
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        SaidDidPost post = post(teamId, today, waiting);
        List<OutboundMessage> toThoseAsked = switches.results() == LoopSettings.ResultsAudience.ASKED
                ? toThoseAsked(teamId, today, post) : List.of();
        transactions.executeWithoutResult(status -> {
            if (!post.items().isEmpty()) {
                LoopMessage message = messages.saidDid(post);
                outbox.enqueue(OutboundMessage.post(teamId, KEY_PREFIX + today, channel.get(), message.text(), message.blocksJson()));
            }
            if (!toThoseAsked.isEmpty()) {
                // a survey to hundreds is hundreds of DMs, none as urgent as a reply someone waits for
                outbox.enqueueInBackground(toThoseAsked);
            }
            changes.markPostedBefore(teamId, before);
        });
        return post.items().isEmpty() ? Optional.empty() : Optional.of(post);
    }

    /**
     * For each survey an item came from, a DM with those items to each person it asked; the key holds the day, the
     * survey and the person, so each hears once.
     */
    private List<OutboundMessage> toThoseAsked(String teamId, LocalDate today, SaidDidPost post) {
        Map<String, List<SaidDidPost.Item>> bySurvey = new TreeMap<>();
        post.items().forEach(item -> item.surveys().forEach(survey -> bySurvey.computeIfAbsent(survey, s -> new ArrayList<>()).add(item)));
        if (bySurvey.isEmpty()) {
            return List.of();
        }
        List<OutboundMessage> dms = new ArrayList<>();
        bySurvey.forEach((survey, items) -> SurveyReference.parse(survey).ifPresent(id -> {
            // looked up by id: a survey older than the latest twenty still has its title
            LoopMessage message = messages.saidDidFromSurvey(new SaidDidPost(teamId, today, post.minimumGroupSize(), items), survey,
                    surveys.title(teamId, id).orElse(null));
            surveys.asked(teamId, id).forEach(user -> dms.add(OutboundMessage.directMessage(teamId,
                    KEY_PREFIX + today + ":" + survey + ":" + user, user, message.text(), message.blocksJson())));
        }));
        return dms;
    }

    /** The post for these changes: one item per action, the weightiest change of each. */
    SaidDidPost post(String teamId, LocalDate today, List<PlanChange> waiting) {
        Map<Long, PlanChange.Kind> strongest = new LinkedHashMap<>();
        waiting.forEach(change -> strongest.merge(change.actionId(), change.kind(),
                (a, b) -> a.compareTo(b) >= 0 ? a : b));
        List<ActionItem> actions = new ArrayList<>();
        strongest.keySet().forEach(id -> plan.find(teamId, id)
                .filter(action -> PlanChangeListener.FROM_TECHNICIANS.contains(action.origin()))
                .ifPresent(actions::add));
        if (actions.isEmpty()) {
            return new SaidDidPost(teamId, today, 0, List.of());
        }
        PlanFindings findings = reviews.review(teamId, today).findings();
        List<SaidDidPost.Item> items = actions.stream()
                .sorted(Comparator.comparing(ActionItem::reference))
                .map(action -> item(action, strongest.get(action.id()), findings))
                .toList();
        return new SaidDidPost(teamId, today, findings.minimumGroupSize(), items);
    }

    private static SaidDidPost.Item item(ActionItem action, PlanChange.Kind change, PlanFindings findings) {
        List<SaidDidPost.Raised> raised = action.findingReferences().stream()
                .map(findings::finding)
                .flatMap(Optional::stream)
                .map(finding -> raised(finding, findings.minimumGroupSize()))
                .toList();
        return new SaidDidPost.Item(action.reference(), action.themes(), action.description(), action.lead(), action.deadline(),
                action.rag(), action.status(), action.origin(), SaidDidPost.Change.valueOf(change.name()), raised,
                surveys(action, findings));
    }

    /** The surveys an action came from: those whose questions it, or a finding it answers, cites. */
    static List<String> surveys(ActionItem action, PlanFindings findings) {
        List<String> cited = new ArrayList<>(action.evidenceReferences());
        action.findingReferences().stream().map(findings::finding).flatMap(Optional::stream)
                .forEach(finding -> cited.addAll(finding.evidenceReferences()));
        return cited.stream().map(SurveyReference::surveyOfQuestion).flatMap(Optional::stream).distinct().sorted().toList();
    }

    /** Only the neutral title and a count the trust rules allow; quotes and departments stay behind. */
    static SaidDidPost.Raised raised(Finding finding, int minimumGroupSize) {
        SaidDidPost.SurveyFigure figure = null;
        if (finding.signal() != null && finding.signal().respondents() >= minimumGroupSize) {
            figure = new SaidDidPost.SurveyFigure(finding.signal().surveyReference(), finding.signal().question(),
                    finding.signal().agreePercent(), finding.signal().respondents());
        }
        boolean countShown = finding.countShown() && finding.entryCount() >= minimumGroupSize;
        return new SaidDidPost.Raised(finding.reference(), finding.mainTheme(), finding.title(), countShown ? finding.entryCount() : 0,
                countShown, figure);
    }
}
