package org.techvoice.surveys;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.techvoice.outbox.MessageContent;
import org.techvoice.outbox.OutboundMessage;
import org.techvoice.outbox.Outbox;
import org.techvoice.people.PeopleService;
import org.techvoice.people.TechnicianProfile;

/**
 * Opens surveys at their time (one DM per member of the audience), reminds those who have not answered in
 * their own working hours, and closes surveys (the lead gets the summary). Each survey is handled in its own
 * transaction, and every DM has a deterministic outbox key, so a crash or a second run never doubles one.
 */
@Service
public class SurveyLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SurveyLifecycle.class);

    private final SurveyRepository surveys;
    private final SurveyRecipientRepository recipients;
    private final SurveyDirectory directory;
    private final PeopleService people;
    private final SurveyAnswering answering;
    private final SurveyResults results;
    private final SurveyLookup lookup;
    private final SurveyMessages messages;
    private final SurveyProperties properties;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final AnonymousResponseSeal seal;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SurveyLifecycle(SurveyRepository surveys, SurveyRecipientRepository recipients, SurveyDirectory directory,
            PeopleService people, SurveyAnswering answering, SurveyResults results, SurveyLookup lookup,
            SurveyMessages messages, SurveyProperties properties, Outbox outbox, TransactionTemplate transactions,
            AnonymousResponseSeal seal, Clock clock, ApplicationEventPublisher events) {
        this.surveys = surveys;
        this.recipients = recipients;
        this.directory = directory;
        this.people = people;
        this.answering = answering;
        this.results = results;
        this.lookup = lookup;
        this.messages = messages;
        this.properties = properties;
        this.outbox = outbox;
        this.transactions = transactions;
        this.seal = seal;
        this.clock = clock;
        this.events = events;
    }

    /** One pass of every job, in the order that keeps "never after closing" true. */
    public void runDueWork() {
        closeDue();
        openDue();
        remindDue();
    }

    public void openDue() {
        for (Survey due : surveys.findByStatusAndOpensAtLessThanEqualOrderById(SurveyStatus.SCHEDULED, clock.instant())) {
            try {
                // Slack lookups happen outside the transaction: they can be slow for big channels.
                List<SurveyDirectory.Member> audience = audience(due);
                transactions.executeWithoutResult(status -> open(due.teamId(), due.id(), audience));
            } catch (SurveyDirectory.DirectoryUnavailable e) {
                if (e.permanent()) {
                    transactions.executeWithoutResult(status -> cannotOpen(due.teamId(), due.id(), e.getMessage()));
                } else {
                    log.warn("Survey {} of team {} could not open yet, will retry: {}", due.id(), due.teamId(), e.getMessage());
                }
            }
        }
    }

    private void open(String teamId, long surveyId, List<SurveyDirectory.Member> audience) {
        Survey survey = lookup.byId(teamId, surveyId);
        if (survey.status() != SurveyStatus.SCHEDULED) {
            return;
        }
        if (audience.isEmpty()) {
            survey.cancel();
            note(survey, "open-failed", new SurveyNote.EmptyAudience(survey.reference(), survey.title()));
            return;
        }
        survey.open(audience.size());
        SurveySummary summary = lookup.summary(survey);
        MessageContent invitation = messages.invitation(summary, false);
        Instant now = clock.instant();
        List<SurveyRecipient> asked = new ArrayList<>(audience.size());
        List<OutboundMessage> invitations = new ArrayList<>(audience.size());
        for (SurveyDirectory.Member member : audience) {
            ZoneId zone = zoneOf(member.timeZone());
            asked.add(new SurveyRecipient(teamId, survey.id(), member.userId(), zone.getId(), LocalDate.ofInstant(now, zone)));
            invitations.add(OutboundMessage.directMessage(teamId, "survey:%d:invite:%s".formatted(survey.id(), member.userId()),
                    member.userId(), invitation.text(), invitation.blocksJson()));
        }
        // all at once: a survey to thousands is one look-up for existing outbox keys, not one per person
        recipients.saveAll(asked);
        outbox.enqueueAll(invitations);
        log.info("Survey {} of team {} opened for {} people", survey.id(), teamId, audience.size());
    }

    private void cannotOpen(String teamId, long surveyId, String why) {
        Survey survey = lookup.byId(teamId, surveyId);
        if (survey.status() == SurveyStatus.SCHEDULED) {
            survey.cancel();
            note(survey, "open-failed", new SurveyNote.CouldNotOpen(survey.reference(), survey.title(), why));
        }
    }

    private List<SurveyDirectory.Member> audience(Survey survey) {
        List<String> ids = switch (survey.audienceKind()) {
            case CHANNEL -> directory.channelMembers(survey.teamId(), survey.audienceRef());
            case USER_GROUP -> directory.userGroupMembers(survey.teamId(), survey.audienceRef());
            case TECHNICIANS -> people.technicians(survey.teamId()).stream().map(TechnicianProfile::userId).toList();
        };
        // one bulk look-up (time zones, bots, deactivated accounts) rather than a call per person
        return directory.members(survey.teamId(), List.copyOf(new LinkedHashSet<>(ids))).stream()
                .filter(SurveyDirectory.Member::human).toList();
    }

    public void remindDue() {
        Instant now = clock.instant();
        for (Survey open : surveys.findByStatusOrderById(SurveyStatus.OPEN)) {
            if (open.reminderEveryDays() > 0 && open.acceptsAnswers(now)) {
                transactions.executeWithoutResult(status -> remind(open.teamId(), open.id(), now));
            }
        }
    }

    private void remind(String teamId, long surveyId, Instant now) {
        Survey survey = lookup.byId(teamId, surveyId);
        if (!survey.acceptsAnswers(now)) {
            return;
        }
        SurveySummary summary = lookup.summary(survey);
        for (SurveyRecipient recipient : recipients.findByTeamIdAndSurveyIdOrderByUserId(teamId, survey.id())) {
            ZonedDateTime local = now.atZone(zoneOf(recipient.timeZone()));
            LocalDate due = recipient.lastNotifiedOn().plusDays(survey.reminderEveryDays());
            if (!workingHours(local) || local.toLocalDate().isBefore(due) || answering.hasAnswered(survey, recipient.userId())) {
                continue;
            }
            recipient.notifiedOn(local.toLocalDate());
            MessageContent reminder = messages.invitation(summary, true);
            outbox.enqueue(OutboundMessage.directMessage(teamId,
                    "survey:%d:reminder:%s:%s".formatted(survey.id(), recipient.userId(), local.toLocalDate()),
                    recipient.userId(), reminder.text(), reminder.blocksJson()));
        }
    }

    /** Monday to Friday, within the configured working day, in the person's own zone. */
    boolean workingHours(ZonedDateTime local) {
        return properties.workingHours().contains(local);
    }

    public void closeDue() {
        for (Survey due : surveys.findByStatusAndClosesAtLessThanEqualOrderById(SurveyStatus.OPEN, clock.instant())) {
            transactions.executeWithoutResult(status -> close(lookup.byId(due.teamId(), due.id())));
        }
    }

    /** Closes now (on time or early) and queues the lead's summary; in the caller's transaction. */
    void cancel(Survey survey) {
        survey.cancel();
        seal.seal(survey);
    }

    void close(Survey survey) {
        if (survey.status() != SurveyStatus.OPEN) {
            return;
        }
        survey.close(clock.instant());
        results.sendClosingSummary(survey);
        seal.seal(survey);
        closeInvitations(survey);
        events.publishEvent(new SurveyClosed(survey.teamId(), survey.id()));
    }

    /**
     * Every invitation and reminder of the survey loses its Answer button and its "you can change your answers until
     * then": chat.update of each, in the background, because a survey to thousands is thousands of updates and none
     * of them is as urgent as a reply someone is waiting for.
     */
    private void closeInvitations(Survey survey) {
        SurveySummary summary = lookup.summary(survey);
        MessageContent closed = messages.closedInvitation(summary);
        List<OutboundMessage> updates = new ArrayList<>();
        String prefix = "survey:%d:".formatted(survey.id());
        for (String key : outbox.keysStartingWith(survey.teamId(), prefix)) {
            String sent = key.substring(prefix.length());
            if (sent.startsWith("invite:") || sent.startsWith("reminder:")) {
                updates.add(OutboundMessage.update(survey.teamId(), prefix + "closed:" + sent, key, closed.text(), closed.blocksJson()));
            }
        }
        outbox.enqueueInBackground(updates);
    }

    private void note(Survey survey, String what, SurveyNote note) {
        MessageContent told = messages.note(note);
        outbox.enqueue(OutboundMessage.directMessage(survey.teamId(), "survey:%d:%s".formatted(survey.id(), what),
                survey.leadUserId(), told.text(), told.blocksJson()));
    }

    private ZoneId zoneOf(String zone) {
        return properties.workingHours().zoneOf(zone);
    }
}
