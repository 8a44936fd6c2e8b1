package org.techvoice.loop;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

/**
 * "You said, we did": once a day at most, in working hours, the changes of the days before are posted together in the
 * network channel. The outbox key holds the day, so a second run (or instance) the same day posts nothing more.
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
    private final TransactionTemplate transactions;

    SaidDidPosts(PlanChanges changes, LoopSettingsStore settings, WorkspaceTime time, ActionPlanService plan,
            PlanReviewService reviews, CelebrationService celebrations, LoopMessages messages, Outbox outbox,
            PlatformTransactionManager transactionManager) {
        this.changes = changes;
        this.settings = settings;
        this.time = time;
        this.plan = plan;
        this.reviews = reviews;
        this.celebrations = celebrations;
        this.messages = messages;
        this.outbox = outbox;
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
        transactions.executeWithoutResult(status -> {
            if (!post.items().isEmpty()) {
                LoopMessage message = messages.saidDid(post);
                outbox.enqueue(OutboundMessage.post(teamId, KEY_PREFIX + today, channel.get(), message.text(), message.blocksJson()));
            }
            changes.markPostedBefore(teamId, before);
        });
        return post.items().isEmpty() ? Optional.empty() : Optional.of(post);
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
                action.rag(), action.status(), action.origin(), SaidDidPost.Change.valueOf(change.name()), raised);
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
