package org.techvoice.loop;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.techvoice.draft.EntryEvidenceSource;
import org.techvoice.draft.EvidenceEntry;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.outbox.OutboundMessage;
import org.techvoice.outbox.Outbox;
import org.techvoice.recognition.CelebrationService;
import org.techvoice.surveys.SurveyOverview;
import org.techvoice.surveys.SurveyProperties;
import org.techvoice.surveys.SurveyStatus;
import org.techvoice.themes.Theme;
import org.techvoice.workspaces.WorkspaceService;

/**
 * The network's digest: weekly by default (fortnightly, monthly or off), posted in the network channel at a reading hour
 * of a working day in the workspace's time zone, about the period since the last one; skipped when there is nothing to
 * say. The outbox key holds the day, and the day is recorded in the same transaction, so it goes once.
 */
@Service
public class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);

    static final String KEY_PREFIX = "loop:digest:";
    /** Enough of a period to read; more would make the post a wall. */
    static final int CELEBRATIONS_SHOWN = 10;

    private final LoopSettingsStore settings;
    private final WorkspaceTime time;
    private final WorkspaceService workspaces;
    private final ObjectProvider<EntryEvidenceSource> entries;
    private final SurveyOverview surveys;
    private final PlanChanges changes;
    private final ActionPlanService plan;
    private final CelebrationService celebrations;
    private final LoopMessages messages;
    private final Outbox outbox;
    private final SurveyProperties surveyProperties;
    private final TransactionTemplate transactions;

    Digests(LoopSettingsStore settings, WorkspaceTime time, WorkspaceService workspaces, ObjectProvider<EntryEvidenceSource> entries,
            SurveyOverview surveys, PlanChanges changes, ActionPlanService plan, CelebrationService celebrations,
            LoopMessages messages, Outbox outbox, SurveyProperties surveyProperties, PlatformTransactionManager transactionManager) {
        this.settings = settings;
        this.time = time;
        this.workspaces = workspaces;
        this.entries = entries;
        this.surveys = surveys;
        this.changes = changes;
        this.plan = plan;
        this.celebrations = celebrations;
        this.messages = messages;
        this.outbox = outbox;
        this.surveyProperties = surveyProperties;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public void postDue() {
        for (String teamId : workspaces.teamIds()) {
            try {
                postDue(teamId);
            } catch (RuntimeException e) {
                // one workspace's trouble (a finding that will not compute, a bad row) must not hold back the others
                log.warn("Loop: {} skipped {} this run: {}", "Digests", teamId, e.getMessage());
            }
        }
    }

    /**
     * Posts the digest when one is due now; records a skipped one (nothing to say) as done, so the next period starts.
     *
     * @return the digest posted, if any
     */
    public Optional<Digest> postDue(String teamId) {
        LoopSettings switches = settings.settings(teamId);
        if (switches.digest() == LoopSettings.DigestFrequency.OFF) {
            return Optional.empty();
        }
        ZonedDateTime local = time.now(switches.zone());
        LocalDate today = local.toLocalDate();
        Optional<LocalDate> last = settings.lastDigestOn(teamId);
        Optional<String> channel = celebrations.networkChannel(teamId);
        if (!time.readingHour(local) || channel.isEmpty() || last.filter(day -> !today.isAfter(day)).isPresent()
                || last.filter(day -> today.isBefore(next(day, switches.digest()))).isPresent()) {
            return Optional.empty();
        }
        return post(teamId, last.orElseGet(() -> previous(today, switches.digest())), today, today, switches.digest(), channel.get());
    }

    /**
     * The digest of the period up to now, whatever the hour and day (skipped when empty): for the playground, which shows
     * one at once. Recorded as the latest, so the schedule carries on from it.
     */
    public Optional<Digest> postNow(String teamId) {
        LoopSettings switches = settings.settings(teamId);
        Optional<String> channel = celebrations.networkChannel(teamId);
        if (switches.digest() == LoopSettings.DigestFrequency.OFF || channel.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = time.now(switches.zone()).toLocalDate();
        // today's entries count too
        return post(teamId, previous(today, switches.digest()), today.plusDays(1), today, switches.digest(), channel.get());
    }

    private Optional<Digest> post(String teamId, LocalDate from, LocalDate until, LocalDate today, LoopSettings.DigestFrequency frequency,
            String channel) {
        Digest digest = digest(teamId, from, until, frequency);
        transactions.executeWithoutResult(status -> {
            if (!digest.empty()) {
                LoopMessage message = messages.digest(digest);
                outbox.enqueue(OutboundMessage.post(teamId, KEY_PREFIX + today, channel, message.text(), message.blocksJson()));
            }
            settings.digestSent(teamId, today);
        });
        return digest.empty() ? Optional.empty() : Optional.of(digest);
    }

    static LocalDate next(LocalDate last, LoopSettings.DigestFrequency frequency) {
        return frequency == LoopSettings.DigestFrequency.MONTHLY ? last.plusMonths(1) : last.plusDays(frequency.days());
    }

    static LocalDate previous(LocalDate today, LoopSettings.DigestFrequency frequency) {
        return frequency == LoopSettings.DigestFrequency.MONTHLY ? today.minusMonths(1) : today.minusDays(frequency.days());
    }

    Digest digest(String teamId, LocalDate from, LocalDate until, LoopSettings.DigestFrequency frequency) {
        int minimum = surveyProperties.minimumGroupSize();
        // by the day each was posted, not the day it was logged: one approved after the last digest went out is in this one
        List<Digest.Celebration> celebrated = celebrations.postedBetween(teamId, from, until).stream()
                .map(a -> new Digest.Celebration(a.reference(), a.subjectUserId(), a.text()))
                .toList();
        Map<Theme, Long> perTheme = new EnumMap<>(Theme.class);
        entries.forEach(source -> source.forEachEntry(teamId, from, entry -> {
            if (!entry.date().isBefore(until) || entry.kind() == EvidenceEntry.Kind.ACHIEVEMENT) {
                return;
            }
            entry.themes().forEach(theme -> perTheme.merge(theme, 1L, Long::sum));
        }));
        Map<Theme, Long> counted = new EnumMap<>(Theme.class);
        List<Theme> quieter = new ArrayList<>();
        perTheme.forEach((theme, count) -> {
            if (count >= minimum) {
                counted.put(theme, count);
            } else {
                quieter.add(theme);
            }
        });
        List<Digest.OpenSurvey> open = surveys.latest(teamId).stream()
                .filter(s -> s.status() == SurveyStatus.OPEN)
                .map(s -> new Digest.OpenSurvey(s.reference(), s.title(), s.audienceSize(), s.respondents(), s.respondentsStep(),
                        s.responseRatePercent(), s.closesAt()))
                .toList();
        Map<Long, PlanChange.Kind> moved = new LinkedHashMap<>();
        changes.between(teamId, from, until).forEach(change -> moved.merge(change.actionId(), change.kind(), (a, b) -> a.compareTo(b) >= 0 ? a : b));
        List<Digest.MovedAction> actions = new ArrayList<>();
        moved.forEach((id, kind) -> plan.find(teamId, id).ifPresent(action -> actions.add(new Digest.MovedAction(action.reference(),
                action.description(), action.rag(), action.status(), SaidDidPost.Change.valueOf(kind.name())))));
        actions.sort(Comparator.comparing(Digest.MovedAction::reference));
        return new Digest(teamId, from, until, frequency, minimum, celebrated.subList(0, Math.min(celebrated.size(), CELEBRATIONS_SHOWN)),
                counted, quieter, open, actions);
    }
}
